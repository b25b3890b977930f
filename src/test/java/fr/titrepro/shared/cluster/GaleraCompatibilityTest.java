package fr.titrepro.shared.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a Galera cluster asks of the application (issue 14, docs/deployment.md « Galera »): a primary key on every
 * table, no table or named locks, and a transaction rolled back by a conflict with a concurrent commit run again —
 * here a real InnoDB deadlock on the single test server, which is what a failed certification looks like to the
 * application.
 */
@QuarkusTest
class GaleraCompatibilityTest {

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    ConflictRetry retry;

    @BeforeEach
    void probeTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS galera_retry_probe");
            st.execute("CREATE TABLE galera_retry_probe (id INT NOT NULL PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB");
            st.execute("INSERT INTO galera_retry_probe SELECT seq, 0 FROM seq_1_to_12");
        }
    }

    @AfterEach
    void dropProbe() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS galera_retry_probe");
        }
    }

    @Test
    void everyTableHasAPrimaryKey() throws SQLException {
        List<String> without = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT t.table_name FROM information_schema.tables t "
                     + "WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS ("
                     + "SELECT 1 FROM information_schema.table_constraints k WHERE k.table_schema = t.table_schema "
                     + "AND k.table_name = t.table_name AND k.constraint_type = 'PRIMARY KEY') ORDER BY 1")) {
            while (rs.next()) {
                without.add(rs.getString(1));
            }
        }
        assertThat(without).as("tables without a primary key (Galera replicates rows by their key)").isEmpty();
    }

    @Test
    void theCodeTakesNoTableNorNamedLock() throws IOException {
        Pattern forbidden = Pattern.compile("(?i)LOCK\\s+TABLES|GET_LOCK\\s*\\(|RELEASE_LOCK\\s*\\(");
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db")))) {
            offenders = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return forbidden.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).as("LOCK TABLES / GET_LOCK are not replicated by Galera: SELECT … FOR UPDATE instead")
                .isEmpty();
    }

    @Test
    void aTransactionChosenAsDeadlockVictimIsRunAgainAndSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService app = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                // the other transaction holds rows 2..12: the heavier one, InnoDB keeps it and rolls back ours
                st.executeUpdate("UPDATE galera_retry_probe SET v = v + 100 WHERE id >= 2");
                Future<Integer> write = app.submit(() -> retry.call(() -> QuarkusTransaction.requiringNew()
                        .call(() -> {
                            int attempt = attempts.incrementAndGet();
                            em.createNativeQuery("UPDATE galera_retry_probe SET v = v + 1 WHERE id = 1")
                                    .executeUpdate();
                            em.createNativeQuery("UPDATE galera_retry_probe SET v = v + 1 WHERE id = 2")
                                    .executeUpdate();
                            return attempt;
                        })));
                awaitLockWait();
                st.executeUpdate("UPDATE galera_retry_probe SET v = v + 100 WHERE id = 1"); // closes the cycle
                other.commit();
                assertThat(write.get(60, TimeUnit.SECONDS)).as("the attempt that succeeded").isEqualTo(2);
            }
        } finally {
            app.shutdownNow();
        }
        assertThat(attempts).hasValue(2);
        assertThat(values()).containsExactly(101, 101, 100);
    }

    @Test
    void anyOtherFailureIsNotRunAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("Règle non respectée");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    /** Until our transaction waits for the other's row lock (polled, at most a minute). */
    private void awaitLockWait() throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.innodb_trx "
                         + "WHERE trx_state = 'LOCK WAIT'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the write never waited for the other transaction's lock");
    }

    private List<Integer> values() throws SQLException {
        List<Integer> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT v FROM galera_retry_probe WHERE id IN (1, 2, 3) ORDER BY id")) {
            while (rs.next()) {
                values.add(rs.getInt(1));
            }
        }
        return values;
    }
}
