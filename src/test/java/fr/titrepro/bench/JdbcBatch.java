package fr.titrepro.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * One table's insert, sent in JDBC batches (with {@code rewriteBatchedStatements=true} MariaDB Connector/J sends a
 * batch as multi-row inserts): {@link #row} adds a row and sends the batch every {@value #SIZE} rows. Ids are given
 * by the generator, so nothing is read back.
 */
final class JdbcBatch implements AutoCloseable {

    static final int SIZE = 2000;

    private final String table;
    private final PreparedStatement statement;
    private final int columns;
    private int pending;
    private long rows;

    JdbcBatch(Connection connection, String table, String... columns) throws SQLException {
        this.table = table;
        this.columns = columns.length;
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " : " + values.length + " valeurs pour " + columns + " colonnes");
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending >= SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
