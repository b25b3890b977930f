package fr.titrepro.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « retries and backoff […] a dead-letter state after N failures »: the exponential backoff of the outbox
 * (docs/notifications.md « Garanties »), with the production defaults (6 attempts, 1 min, at most 6 h, claim
 * timeout 10 min).
 */
class DeliveryPolicyTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final DeliveryPolicy POLICY = new DeliveryPolicy(6, Duration.ofMinutes(1), Duration.ofHours(6),
            Duration.ofMinutes(10));

    @ParameterizedTest(name = "after failed attempt {0}: dead={1}, retry in {2}")
    @CsvSource({
            // attempts made, dead, delay before the next one
            "1, false, PT1M",
            "2, false, PT2M",
            "3, false, PT4M",
            "4, false, PT8M",
            "5, false, PT16M",
            "6, true, ",
            "7, true, ",
    })
    void backoffDoublesThenGivesUp(int attempts, boolean dead, String delay) {
        DeliveryPolicy.Decision d = POLICY.afterFailure(attempts, NOW);
        assertThat(d.dead()).isEqualTo(dead);
        assertThat(d.retryAt()).isEqualTo(delay == null ? null : NOW.plus(Duration.parse(delay)));
    }

    @ParameterizedTest(name = "delay after {0} failures with a cap of 6 h: {1}")
    @CsvSource({"9, PT4H16M", "10, PT6H", "40, PT6H"})
    void theDelayIsCapped(int attempts, String delay) {
        DeliveryPolicy longer = new DeliveryPolicy(50, Duration.ofMinutes(1), Duration.ofHours(6),
                Duration.ofMinutes(10));
        assertThat(longer.delay(attempts)).isEqualTo(Duration.parse(delay));
    }

    @ParameterizedTest(name = "claimed {0} ago: interrupted={1}")
    @CsvSource({"PT1M, false", "PT9M59S, false", "PT10M, true", "PT2H, true"})
    void aClaimNeverMarkedIsInterruptedAfterTheTimeout(String ago, boolean interrupted) {
        assertThat(POLICY.interrupted(NOW.minus(Duration.parse(ago)), NOW)).isEqualTo(interrupted);
        assertThat(POLICY.interrupted(null, NOW)).isFalse();
    }
}
