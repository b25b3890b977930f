package fr.titrepro.shared.cluster;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.util.function.Supplier;

/**
 * Runs an idempotent write (its own transaction) again when the database rolled it back for a conflict with a
 * concurrent commit: a deadlock on one server, a certification failure on a Galera cluster
 * ({@link CertificationConflict}). Call it from outside any transaction (a resource, a page), around a
 * {@code @Transactional} service method: the retry must start a new transaction, which a retry inside the
 * transactional interceptor could not. Only for writes that give the same result when run twice (a grid line saved
 * against its version, a document issued once per data, an enrolment refused when already there).
 */
@ApplicationScoped
public class ConflictRetry {

    @Retry(maxRetries = 4, delay = 20, jitter = 20)
    @RetryWhen(exception = CertificationConflict.class)
    public <T> T call(Supplier<T> write) {
        return write.get();
    }

    @Retry(maxRetries = 4, delay = 20, jitter = 20)
    @RetryWhen(exception = CertificationConflict.class)
    public void run(Runnable write) {
        write.run();
    }
}
