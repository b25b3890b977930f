package fr.titrepro.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * What happens to a message the SMTP server did not take: tried again after an exponential backoff (first retry
 * after {@code firstRetry}, then twice as long each time, never more than {@code maxDelay}), given up (DEAD, shown
 * to the administrators, who may retry it) once {@code maxAttempts} attempts failed. Also: a message claimed by a
 * sender that never reported back (the instance stopped between the send and the mark) is not sent again on its
 * own — it may have reached its recipient — but turned DEAD after {@code claimTimeout} for an administrator to
 * decide. docs/notifications.md, « Garanties ».
 */
public final class DeliveryPolicy {

    /** After a failed attempt: retry at {@code retryAt}, or give up ({@code dead}). */
    public record Decision(boolean dead, Instant retryAt) {
    }

    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxDelay;
    private final Duration claimTimeout;

    public DeliveryPolicy(int maxAttempts, Duration firstRetry, Duration maxDelay, Duration claimTimeout) {
        if (maxAttempts < 1 || firstRetry.isNegative() || firstRetry.isZero() || maxDelay.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("Réglages d'envoi incohérents");
        }
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxDelay = maxDelay;
        this.claimTimeout = claimTimeout;
    }

    /** {@code attempts} attempts made so far (the one that just failed included). */
    public Decision afterFailure(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return new Decision(true, null);
        }
        return new Decision(false, now.plus(delay(attempts)));
    }

    /** The wait after the {@code attempts}-th failure: firstRetry × 2^(attempts−1), capped at maxDelay. */
    public Duration delay(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration d = firstRetry.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /** Whether a message claimed at {@code claimedAt} and never marked is to be treated as interrupted. */
    public boolean interrupted(Instant claimedAt, Instant now) {
        return claimedAt != null && !claimedAt.plus(claimTimeout).isAfter(now);
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
