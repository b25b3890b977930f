package fr.titrepro.shared.cluster;

import fr.titrepro.shared.error.Causes;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Whether a failure is a transaction the database rolled back for a conflict with a concurrent one, so that running it
 * again is right: an InnoDB deadlock (MariaDB error 1213, SQLSTATE 40001), which is also how a Galera node reports a
 * write set that lost the certification against another node's (« WSREP detected deadlock/conflict », MariaDB
 * Galera Cluster — Known Limitations: « you may see deadlock errors on commit […] the application should be ready to
 * retry »). Any other failure (a refused rule, a lock wait timeout, a lost connection) is not retried.
 */
public final class CertificationConflict implements Predicate<Throwable> {

    /** ER_LOCK_DEADLOCK. */
    public static final int DEADLOCK = 1213;
    /** SQLSTATE class 40, serialization failure. */
    public static final String SERIALIZATION_FAILURE = "40001";

    @Override
    public boolean test(Throwable failure) {
        return is(failure);
    }

    /** Looked for anywhere in the failure ({@link Causes}: its causes, suppressed and chained exceptions). */
    public static boolean is(Throwable failure) {
        return Causes.anyMatch(failure, t -> t instanceof SQLException sql
                && (sql.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState())));
    }
}
