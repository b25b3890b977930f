package fr.titrepro.shared.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Rows inserted with one JDBC batch in the caller's transaction, outside the persistence context: what a repository
 * uses where Hibernate cannot batch (entities whose id is an {@code IDENTITY}: one round trip per row). The rows
 * are sent {@code chunk} at a time; instants are written in UTC, as Hibernate writes them.
 */
public final class JdbcBatch {

    /** Binds one row's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** Work on the transaction's connection. */
    @FunctionalInterface
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code work} on the connection of the entity manager's current transaction. */
    public static void onConnection(EntityManager em, Work work) {
        em.unwrap(Session.class).doWork(work::run);
    }

    /** Inserts {@code rows} with {@code sql}, {@code chunk} rows per round trip (all at once when 0). */
    public static <T> void insert(EntityManager em, String sql, List<T> rows, int chunk, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        onConnection(em, connection -> insert(connection, sql, rows, chunk, binder));
    }

    /** The same on a connection already held. */
    public static <T> void insert(Connection connection, String sql, List<T> rows, int chunk, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                binder.bind(ps, rows.get(i));
                ps.addBatch();
                if ((chunk > 0 && (i + 1) % chunk == 0) || i == rows.size() - 1) {
                    ps.executeBatch();
                }
            }
        }
    }

    /** Sets an instant (null allowed) in UTC, as Hibernate stores it. */
    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(instant), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
        }
    }
}
