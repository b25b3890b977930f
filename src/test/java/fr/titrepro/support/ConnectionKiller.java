package fr.titrepro.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dying database node does to the application, on the single test server: {@code KILL CONNECTION} of the
 * application's threads (information_schema.PROCESSLIST of the test database), from a connection of its own outside
 * the pool.
 */
@ApplicationScoped
public class ConnectionKiller {

    @Inject
    TestDatabase database;

    /** Kills every connection to the test database but the killer's; how many. */
    public int killAll() throws SQLException {
        try (Connection killer = database.open(); Statement st = killer.createStatement()) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                    + "AND ID <> CONNECTION_ID()")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            int killed = 0;
            for (long id : ids) {
                try {
                    st.execute("KILL CONNECTION " + id);
                    killed++;
                } catch (SQLException gone) {
                    // ended meanwhile (error 1094, unknown thread id)
                }
            }
            return killed;
        }
    }

    /** Kills one connection (its CONNECTION_ID()). */
    public void kill(long connectionId) throws SQLException {
        try (Connection killer = database.open(); Statement st = killer.createStatement()) {
            st.execute("KILL CONNECTION " + connectionId);
        }
    }
}
