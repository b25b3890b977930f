package fr.titrepro.document.verification;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perMinute}. The clock is passed in
 * (nanoseconds), so the rule is testable without waiting. Thread-safe.
 */
final class TokenBucket {

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60_000_000_000.0;
        this.tokens = capacity;
        this.last = now;
    }

    /** 0 when a request may go now (a token is taken), else the nanoseconds until the next token. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** True when the bucket is full again: its client has been idle and can be forgotten. */
    synchronized boolean idle(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
            last = now;
        }
    }
}
