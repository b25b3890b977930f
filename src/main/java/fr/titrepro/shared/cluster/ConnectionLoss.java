package fr.titrepro.shared.cluster;

import fr.titrepro.shared.error.Causes;
import org.hibernate.exception.JDBCConnectionException;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

/**
 * Whether a failure is the loss of the database connection rather than an answer of the database: the node the
 * connection went to died (kill -9, a Galera node evicted), the connection was killed, or the pool could not hand
 * out a connection in time. Such a request is answered 503 with Retry-After (the next connection goes, through
 * HAProxy, to a live node) and an idempotent write is run again in a new transaction ({@link ConflictRetry}).
 * Looked for anywhere in the failure ({@link Causes}: Hibernate, JPA, Arc, Narayana wrap it):
 * <ul>
 * <li>SQLSTATE class 08, « connection exception » (ISO/IEC 9075-2 § 24.1; JDBC 4.3 § 8.5.1: the driver's
 * {@link SQLTransientConnectionException} and {@link SQLNonTransientConnectionException}), and
 * {@link SQLRecoverableException} (JDBC: « the application must close the connection and try again »);</li>
 * <li>MariaDB error 1927 ER_CONNECTION_KILLED (« Connection was killed »), 2006 CR_SERVER_GONE_ERROR, 2013
 * CR_SERVER_LOST, and 1047 ER_UNKNOWN_COM_ERROR, which a Galera node not in the primary component answers
 * (« WSREP has not yet prepared node for application use », MariaDB Galera Cluster — Known Limitations);</li>
 * <li>Hibernate's {@link JDBCConnectionException}; the transaction manager's {@link XAException} of a lost
 * resource (XA_RBCOMMFAIL, XAER_RMFAIL: Agroal's local resource reports a failed commit so);</li>
 * <li>Agroal's acquisition timeout, a plain {@code SQLException("Sorry, acquisition timeout!")} without SQLSTATE
 * (agroal-pool {@code ConnectionPool.handlerFromSharedCache}): the message is the only mark.</li>
 * </ul>
 * A refused statement (a duplicate key, a deadlock, a lock wait timeout) is not a loss.
 */
public final class ConnectionLoss implements Predicate<Throwable> {

    public static final String CONNECTION_EXCEPTION_CLASS = "08";
    public static final int CONNECTION_KILLED = 1927;
    public static final int SERVER_GONE = 2006;
    public static final int SERVER_LOST = 2013;
    public static final int NODE_NOT_READY = 1047;
    static final String AGROAL_ACQUISITION_TIMEOUT = "acquisition timeout";

    @Override
    public boolean test(Throwable failure) {
        return is(failure);
    }

    public static boolean is(Throwable failure) {
        return Causes.anyMatch(failure, ConnectionLoss::isLoss);
    }

    private static boolean isLoss(Throwable t) {
        return switch (t) {
            case JDBCConnectionException ignored -> true;
            case SQLTransientConnectionException ignored -> true;
            case SQLNonTransientConnectionException ignored -> true;
            case SQLRecoverableException ignored -> true;
            case SQLException sql -> isLoss(sql);
            case XAException xa -> xa.errorCode == XAException.XA_RBCOMMFAIL || xa.errorCode == XAException.XAER_RMFAIL;
            default -> false;
        };
    }

    private static boolean isLoss(SQLException sql) {
        String state = sql.getSQLState();
        int code = sql.getErrorCode();
        return state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS)
                || code == CONNECTION_KILLED || code == SERVER_GONE || code == SERVER_LOST || code == NODE_NOT_READY
                || state == null && sql.getMessage() != null && sql.getMessage().contains(AGROAL_ACQUISITION_TIMEOUT);
    }
}
