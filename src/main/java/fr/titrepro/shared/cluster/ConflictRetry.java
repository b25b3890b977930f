package fr.titrepro.shared.cluster;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.util.function.Supplier;

/**
 * Runs an idempotent write (its own transaction) again when the database rolled it back for a conflict with a
 * concurrent commit — a deadlock on one server, a certification failure on a Galera cluster
 * ({@link CertificationConflict}): up to 4 times, 20–40 ms apart — or when its connection was lost
 * ({@link ConnectionLoss}: the node died, the pool timed out): twice, 0.5 then 1 s apart (± 0.25 s), since HAProxy
 * takes about 2 s (2 failed checks 1 s apart) to send new connections to another node. Call it from outside any
 * transaction (a resource, a page), around a {@code @Transactional} service method: the retry must start a new
 * transaction on a new connection, which a retry inside the transactional interceptor could not. Only for writes
 * that give the same result when run twice — a lost connection leaves the commit's outcome unknown, so the write may
 * already be applied: a grid line saved against its version (the same save again is a replay), a document issued
 * once per data, an enrolment refused when already there.
 */
@ApplicationScoped
public class ConflictRetry {

    @Inject
    CertificationRetry certification;

    @Retry(maxRetries = 2, delay = 500, jitter = 250)
    @ExponentialBackoff(factor = 2, maxDelay = 2000)
    @RetryWhen(exception = ConnectionLoss.class)
    public <T> T call(Supplier<T> write) {
        return certification.call(write);
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 250)
    @ExponentialBackoff(factor = 2, maxDelay = 2000)
    @RetryWhen(exception = ConnectionLoss.class)
    public void run(Runnable write) {
        certification.call(() -> {
            write.run();
            return null;
        });
    }

    /** The inner layer: the conflicts, retried quickly (another bean, so that its interceptor runs). */
    @ApplicationScoped
    static class CertificationRetry {

        @Retry(maxRetries = 4, delay = 20, jitter = 20)
        @RetryWhen(exception = CertificationConflict.class)
        public <T> T call(Supplier<T> write) {
            return write.get();
        }
    }
}
