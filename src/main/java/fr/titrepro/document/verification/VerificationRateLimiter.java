package fr.titrepro.document.verification;

import fr.titrepro.document.DocumentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits the public verification page per client IP (a token bucket each), so that codes cannot be guessed by
 * brute force. In memory, per instance: with N replicas a client gets at most N times the rate. Behind a reverse
 * proxy the client is the forwarded address only when the proxy is trusted ({@code quarkus.http.proxy.*}): without
 * those settings every visitor shares the proxy's bucket.
 */
@ApplicationScoped
public class VerificationRateLimiter {

    @Inject
    DocumentConfig config;

    @Inject
    MonotonicClock clock;

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the client may go on, else the seconds to wait (for Retry-After). */
    public long secondsToWait(String client) {
        long now = clock.nanoTime();
        if (buckets.size() >= config.verification().trackedClients()) {
            buckets.values().removeIf(b -> b.idle(now));
            if (buckets.size() >= config.verification().trackedClients()) {
                // flooded by many addresses at once: start afresh rather than grow without bound
                buckets.clear();
            }
        }
        TokenBucket bucket = buckets.computeIfAbsent(client == null ? "?" : client,
                c -> new TokenBucket(config.verification().burst(), config.verification().perMinute(), now));
        long wait = bucket.take(now);
        return wait == 0 ? 0 : Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
    }

    /**
     * Forgets the clients whose bucket is full again (their address is personal data, kept no longer than it limits
     * anything); scheduled by {@code titrepro.purge.rate-limit-cron}.
     */
    @io.quarkus.scheduler.Scheduled(cron = "{titrepro.purge.rate-limit-cron}", identity = "verification-buckets-purge")
    void scheduledForget() {
        forgetIdle();
    }

    /** Forgets the clients whose bucket is full again; how many were forgotten. */
    public int forgetIdle() {
        long now = clock.nanoTime();
        int before = buckets.size();
        buckets.values().removeIf(b -> b.idle(now));
        return before - buckets.size();
    }

    /** Forgets every client (tests, or an admin after an incident). */
    public void reset() {
        buckets.clear();
    }
}
