package fr.titrepro.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runners' back-off (« Exponential Backoff And Jitter », AWS Architecture Blog, 2015, equal jitter; RFC 9110
 * § 10.2.3 Retry-After in seconds): base 250 ms doubled per retry, capped at 4 s, half of it random; never before the
 * server's Retry-After; which answers are sent again.
 */
class RetryingHttpTest {

    @ParameterizedTest(name = "retry {0}, random {1}, Retry-After {2} → {3} ms")
    @CsvSource({
            "1, 0.0, , 125",
            "1, 1.0, , 250",
            "2, 0.0, , 250",
            "3, 0.5, , 750",
            "5, 1.0, , 4000",
            "6, 0.0, , 2000",
            "9, 1.0, , 4000",
            "1, 0.0, 3, 3000",
            "1, 1.0, 3, 3125",
            "4, 1.0, 1, 2000",
    })
    void exponentialWithJitterAndAtLeastRetryAfter(int retry, double random, Long retryAfter, long expected) {
        OptionalLong after = retryAfter == null ? OptionalLong.empty() : OptionalLong.of(retryAfter);
        assertThat(RetryingHttp.Backoff.FAILOVER.delayMillis(retry, after, random)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → retried {1}")
    @CsvSource({"200, false", "404, false", "409, false", "500, false", "502, true", "503, true", "504, true"})
    void onlyTheAnswersOfAnUnavailableServerAreSentAgain(int status, boolean retried) {
        assertThat(RetryingHttp.retried(status)).isEqualTo(retried);
    }

    @ParameterizedTest(name = "Retry-After « {0} »")
    @CsvSource({"3, 3", "' 7 ', 7", "'Wed, 21 Oct 2026 07:28:00 GMT', -1", "'', -1"})
    void retryAfterInSeconds(String header, long expected) {
        OptionalLong parsed = RetryingHttp.retryAfter(Optional.of(header));
        assertThat(parsed.orElse(-1)).isEqualTo(expected);
    }
}
