package fr.titrepro.shared.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which failures are retried: a deadlock (MariaDB 1213 / SQLSTATE 40001), which Galera also raises for a write set
 * that failed certification (mariadb.com/kb « MariaDB Galera Cluster - Known Limitations »), wherever it sits in
 * the causes; nothing else.
 */
class CertificationConflictTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return Stream.of(
                arguments("deadlock, 1213", new SQLException("Deadlock found when trying to get lock", "40001", 1213),
                        true),
                arguments("Galera certification failure", new SQLTransactionRollbackException(
                        "WSREP detected deadlock/conflict and aborted the transaction", "40001", 1213), true),
                arguments("deadlock wrapped by Hibernate and JPA", new RuntimeException("jpa",
                        new RuntimeException("hibernate", new SQLException("x", "40001", 1213))), true),
                arguments("serialization failure of another driver", new SQLException("x", "40001", 0), true),
                arguments("in a chained SQLException", chained(), true),
                arguments("lock wait timeout, 1205", new SQLException("Lock wait timeout", "HY000", 1205), false),
                arguments("duplicate key, 1062", new SQLException("Duplicate entry", "23000", 1062), false),
                arguments("a refused rule", new IllegalStateException("règle"), false),
                arguments("nothing", null, false));
    }

    static SQLException chained() {
        SQLException batch = new SQLException("batch", "HY000", 0);
        batch.setNextException(new SQLException("deadlock", "40001", 1213));
        return batch;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void retriedOnlyOnAConflictWithAConcurrentCommit(String name, Throwable failure, boolean retried) {
        assertThat(CertificationConflict.is(failure)).isEqualTo(retried);
    }
}
