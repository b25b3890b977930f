package fr.titrepro.document.verification;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The monotonic clock of the verification rate limiter (nanoseconds, {@link System#nanoTime()}); a bean so that
 * tests move time by hand instead of waiting for a token to come back.
 */
@ApplicationScoped
public class MonotonicClock {

    public long nanoTime() {
        return System.nanoTime();
    }
}
