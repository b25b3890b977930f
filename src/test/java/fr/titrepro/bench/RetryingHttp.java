package fr.titrepro.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load runners' client during a failover (issue 14): a request answered 502, 503 or 504 (HAProxy with no
 * instance up, the application's 503 of a lost database connection) or whose connection failed (an instance killed
 * in flight) is sent again after an exponential back-off with jitter, at least the answer's {@code Retry-After}, up to
 * {@link Backoff#attempts()} attempts; the retries are counted apart from the final errors. Only for requests that
 * may be sent twice: GETs, and the grid saves (a save sent again against the same version is a replay).
 */
public final class RetryingHttp {

    /** A connection failure, in the retry and error counts (no HTTP status). */
    public static final int CONNECTION_FAILED = -1;

    /**
     * The wait before a retry: « equal jitter » (M. Brooker, « Exponential Backoff And Jitter », AWS Architecture
     * Blog, 2015): half of {@code min(cap, base × 2^(retry-1))} fixed, the other half random, so that clients failed
     * together do not come back together; never less than the server's Retry-After (plus the same jitter).
     */
    public record Backoff(long baseMillis, long capMillis, int attempts) {

        public static final Backoff FAILOVER = new Backoff(250, 4_000, 6);

        public long delayMillis(int retry, OptionalLong retryAfterSeconds, double random) {
            long exponential = Math.min(capMillis, baseMillis << Math.min(30, retry - 1));
            long jitter = (long) (random * (exponential / 2));
            if (retryAfterSeconds.isPresent()) {
                return retryAfterSeconds.getAsLong() * 1000 + jitter;
            }
            return exponential / 2 + jitter;
        }
    }

    public static boolean retried(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private final HttpClient http;
    private final Backoff backoff;
    private final Map<Integer, AtomicLong> retries = new ConcurrentHashMap<>();

    public RetryingHttp(HttpClient http, Backoff backoff) {
        this.http = http;
        this.backoff = backoff;
    }

    /** The last answer (a final error when still 502–504), or the last connection failure thrown. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<T> response;
            try {
                response = http.send(request, body);
            } catch (IOException failed) {
                if (attempt >= backoff.attempts()) {
                    throw failed;
                }
                pause(attempt, CONNECTION_FAILED, OptionalLong.empty());
                continue;
            }
            if (!retried(response.statusCode()) || attempt >= backoff.attempts()) {
                return response;
            }
            pause(attempt, response.statusCode(), retryAfter(response.headers().firstValue("Retry-After")));
        }
    }

    private void pause(int attempt, int cause, OptionalLong retryAfter) throws InterruptedException {
        retries.computeIfAbsent(cause, k -> new AtomicLong()).incrementAndGet();
        Thread.sleep(backoff.delayMillis(attempt, retryAfter, ThreadLocalRandom.current().nextDouble()));
    }

    /** Retry-After in seconds (RFC 9110 § 10.2.3; the HTTP-date form is not sent by HAProxy nor the application). */
    static OptionalLong retryAfter(Optional<String> header) {
        try {
            return header.map(String::trim).map(Long::parseLong).map(OptionalLong::of).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The retries made, by cause (HTTP status, -1 connection failure). */
    public Map<Integer, Long> retries() {
        Map<Integer, Long> counts = new TreeMap<>();
        retries.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    public long retryCount() {
        return retries.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
