package fr.titrepro.shared.cluster;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which failures are a lost database connection (answered 503 with Retry-After, an idempotent write run again) and
 * which are not. Sources: SQLSTATE class 08 « connection exception » (ISO/IEC 9075-2 § 24.1, JDBC 4.3 § 8.5.1); the
 * MariaDB error codes 1927 ER_CONNECTION_KILLED, 2006 CR_SERVER_GONE_ERROR, 2013 CR_SERVER_LOST and 1047 (a Galera
 * node outside the primary component: « WSREP has not yet prepared node for application use », MariaDB Galera
 * Cluster — Known Limitations); the XA codes of a lost resource (XA_RBCOMMFAIL, XAER_RMFAIL, JTA 1.3 / X/Open XA);
 * Agroal's acquisition timeout (agroal-pool ConnectionPool: {@code new SQLException("Sorry, acquisition timeout!")});
 * the messages of MariaDB Connector/J 3.5 seen when the connection is killed (ConnectionLossScenarioTest).
 */
class ConnectionLossTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        SQLNonTransientConnectionException killed = new SQLNonTransientConnectionException(
                "(conn=42) Connection reset", "08000", 0);
        return Stream.of(
                arguments("Connector/J, socket closed by the dead node: SQLSTATE 08000", killed, true),
                arguments("Connector/J, connection closed: 08000 as a plain SQLException",
                        new SQLException("Connection is closed", "08000", 0), true),
                arguments("communication link failure, 08S01", new SQLException("link", "08S01", 0), true),
                arguments("transient connection exception, no SQLSTATE",
                        new SQLTransientConnectionException("pool"), true),
                arguments("recoverable exception", new SQLRecoverableException("reconnect"), true),
                arguments("connection killed, 1927", new SQLException("Connection was killed", "70100", 1927), true),
                arguments("server gone away, 2006", new SQLException("gone", "HY000", 2006), true),
                arguments("server lost during query, 2013", new SQLException("lost", "HY000", 2013), true),
                arguments("Galera node not in the primary component, 1047",
                        new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047), true),
                arguments("Agroal acquisition timeout, wrapped by Hibernate", new GenericJDBCException(
                        "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")), true),
                arguments("Hibernate's JDBCConnectionException", new JDBCConnectionException("x",
                        new SQLException("y")), true),
                arguments("wrapped by JPA and Arc", new ArcUndeclaredThrowableException(new PersistenceException(
                        "jpa", new JDBCConnectionException("hibernate", killed))), true),
                arguments("commit failed: Narayana's rollback with the XA error suppressed", commitFailure(
                        XAException.XA_RBCOMMFAIL), true),
                arguments("resource manager failure, XAER_RMFAIL", new XAException(XAException.XAER_RMFAIL), true),
                arguments("in a chained SQLException", chained(), true),
                arguments("deadlock, 1213: a conflict, not a loss",
                        new SQLTransactionRollbackException("Deadlock", "40001", 1213), false),
                arguments("lock wait timeout, 1205", new SQLException("Lock wait timeout", "HY000", 1205), false),
                arguments("duplicate key, 1062",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062), false),
                arguments("XA rollback for another reason", commitFailure(XAException.XA_RBROLLBACK), false),
                arguments("a timeout message with an SQLSTATE is the database's answer",
                        new SQLException("statement acquisition timeout", "HY000", 1969), false),
                arguments("a refused rule", new IllegalStateException("règle"), false),
                arguments("nothing", null, false));
    }

    static RollbackException commitFailure(int xaCode) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new XAException(xaCode));
        return rollback;
    }

    static SQLException chained() {
        SQLException batch = new SQLException("batch", "HY000", 0);
        batch.setNextException(new SQLException("reset", "08000", 0));
        return batch;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aLostConnectionIsAnsweredLaterNeverAnError(String name, Throwable failure, boolean lost) {
        assertThat(ConnectionLoss.is(failure)).isEqualTo(lost);
    }
}
