package fr.titrepro.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL the application really sent, read back from MariaDB's general log, and the plan of each SELECT (issue 14:
 * « every query of these paths is checked with EXPLAIN on a seeded database »).
 * <p>
 * The MariaDB driver prepares statements on the client by default, so the log holds each statement with its values:
 * EXPLAIN can run it as it ran. Only the connections of the application's pool are read (those whose current
 * database is the test's), so another program using the same server is not mixed in. The general log is a global
 * setting: {@link #stop()} puts back what was there.
 */
final class QueryPlans implements AutoCloseable {

    /** Tables that grow with the country (a full scan of one of them is a defect); the others hold référentiel-sized data. */
    static final Set<String> LARGE_TABLES = Set.of("candidate", "candidate_follow", "enrolment", "enrolment_ccp",
            "issued_document", "issued_document_pdf", "evaluation_grid", "grid_section", "grid_criterion",
            "grid_criterion_aud", "grid_section_aud", "evaluation_grid_aud", "candidate_deliberation", "held_ccp",
            "obtained_title", "exam_session", "session_transition", "jury_member", "session_pv", "revinfo",
            "juror", "centre_staff", "audit_event", "candidate_link_request", "insight_session", "insight_outcome",
            "insight_part", "insight_competency", "insight_criterion", "insight_cell_outcome", "insight_cell_part",
            "insight_cell_competency", "insight_cell_criterion", "insight_title_centre");

    /**
     * Rows of each large table in the national volume (docs/performance.md, the scale-1 run of the generator). The
     * plans are asked of the optimizer as if the tables held them: see {@link #pretendNationalVolume}.
     */
    static final Map<String, Long> NATIONAL_ROWS = Map.ofEntries(Map.entry("candidate", 991_544L),
            Map.entry("candidate_follow", 1_000_000L), Map.entry("enrolment", 1_232_885L),
            Map.entry("enrolment_ccp", 2_224_227L), Map.entry("issued_document", 1_691_616L),
            Map.entry("issued_document_pdf", 1_691_616L), Map.entry("evaluation_grid", 444_753L),
            Map.entry("grid_section", 3_446_902L), Map.entry("grid_criterion", 9_895_761L),
            Map.entry("grid_criterion_aud", 19_791_522L), Map.entry("grid_section_aud", 5_670_667L),
            Map.entry("evaluation_grid_aud", 889_506L), Map.entry("candidate_deliberation", 1_167_055L),
            Map.entry("held_ccp", 1_550_386L), Map.entry("obtained_title", 663_496L), Map.entry("exam_session", 60_000L),
            Map.entry("session_transition", 348_029L), Map.entry("jury_member", 137_913L),
            Map.entry("session_pv", 56_587L), Map.entry("revinfo", 449_924L), Map.entry("juror", 15_000L),
            Map.entry("centre_staff", 3_000L), Map.entry("audit_event", 2_000_000L),
            Map.entry("candidate_link_request", 10_000L),
            // issue 19: the dashboard's aggregates on the national database (docs/insights.md)
            Map.entry("insight_session", 56_587L), Map.entry("insight_outcome", 200_000L),
            Map.entry("insight_part", 120_000L), Map.entry("insight_competency", 150_000L),
            Map.entry("insight_criterion", 152_748L), Map.entry("insight_cell_outcome", 150_000L),
            Map.entry("insight_cell_part", 100_000L), Map.entry("insight_cell_competency", 120_000L),
            Map.entry("insight_cell_criterion", 120_000L), Map.entry("insight_title_centre", 30_000L));

    /** A scan of an index is accepted when the plan stops early (ORDER BY … LIMIT read through the index). */
    static final long INDEX_SCAN_LIMIT = 200;

    private static final Pattern ALIAS = Pattern.compile("\\b(?:from|join)\\s+`?([a-z_]+)`?\\s+(?:as\\s+)?`?([a-z][a-z0-9]*_[0-9]+)`?",
            Pattern.CASE_INSENSITIVE);

    private final Connection connection;
    private final String database;
    private final String logOutput;
    private final String generalLog;
    private final Timestamp since;

    private QueryPlans(Connection connection, String database) throws SQLException {
        this.connection = connection;
        this.database = database;
        this.logOutput = text("SELECT @@GLOBAL.log_output");
        this.generalLog = text("SELECT @@GLOBAL.general_log");
        this.since = Timestamp.valueOf(text("SELECT NOW(6)"));
        try (Statement s = connection.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("SET GLOBAL general_log = 'ON'");
        }
    }

    /**
     * Makes the optimizer plan as if each large table held its national volume: the seeded database has the data's
     * shape (keys, distributions: a session's enrolments, a candidate's documents) at a thousandth of its size, and at
     * that size a full read of a small table is rightly the cheapest plan. MariaDB plans with its engine-independent
     * statistics (mysql.table_stats, {@code use_stat_tables} PREFERABLY_FOR_QUERIES by default) and InnoDB's
     * persistent ones (mysql.innodb_table_stats: the pages a full read costs): they are collected from the seeded data
     * by ANALYZE … PERSISTENT, then each table's rows and pages are grown to the national number of rows.
     * {@link #forgetVolume} removes them.
     */
    static void pretendNationalVolume(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION use_stat_tables = 'PREFERABLY'");
            for (Map.Entry<String, Long> table : NATIONAL_ROWS.entrySet()) {
                if (exists(connection, table.getKey())) {
                    s.execute("ANALYZE TABLE " + table.getKey() + " PERSISTENT FOR ALL");
                }
            }
        }
        try (var ps = connection.prepareStatement("UPDATE mysql.table_stats SET cardinality = ? "
                + "WHERE db_name = DATABASE() AND table_name = ?");
             // InnoDB's own figures give the cost of a full read (pages): grown in proportion, rows and pages
             var innodb = connection.prepareStatement("UPDATE mysql.innodb_table_stats SET "
                     + "clustered_index_size = GREATEST(1, CEIL(clustered_index_size * ? / GREATEST(n_rows, 1))), "
                     + "sum_of_other_index_sizes = GREATEST(1, CEIL(sum_of_other_index_sizes * ? / GREATEST(n_rows, 1))), "
                     + "n_rows = ? WHERE database_name = DATABASE() AND table_name = ?")) {
            for (Map.Entry<String, Long> table : NATIONAL_ROWS.entrySet()) {
                ps.setLong(1, table.getValue());
                ps.setString(2, table.getKey());
                ps.executeUpdate();
                innodb.setLong(1, table.getValue());
                innodb.setLong(2, table.getValue());
                innodb.setLong(3, table.getValue());
                innodb.setString(4, table.getKey());
                innodb.executeUpdate();
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("FLUSH TABLES");
        }
    }

    /** Removes the statistics of {@link #pretendNationalVolume}: the next plans are the seeded data's again. */
    static void forgetVolume(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String stats : List.of("table_stats", "column_stats", "index_stats")) {
                s.executeUpdate("DELETE FROM mysql." + stats + " WHERE db_name = DATABASE()");
            }
            for (String table : NATIONAL_ROWS.keySet()) {
                if (exists(connection, table)) {
                    s.execute("ANALYZE TABLE " + table); // InnoDB's figures measured again
                }
            }
            s.execute("FLUSH TABLES");
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var ps = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Starts logging every statement of the server; the caller's connection must use the application's database. */
    static QueryPlans record(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return new QueryPlans(connection, rs.getString(1));
        }
    }

    /** The SELECTs the application's pool sent since {@link #record}, without repeats. */
    List<String> applicationSelects() throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        String sql = "SELECT argument FROM mysql.general_log WHERE event_time >= ? AND command_type = 'Query' "
                + "AND thread_id IN (SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()) "
                + "ORDER BY event_time";
        try (var ps = connection.prepareStatement(sql)) {
            ps.setTimestamp(1, since);
            ps.setString(2, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String statement = rs.getString(1).strip();
                    if (statement.toLowerCase(Locale.ROOT).startsWith("select") && !statement.contains("@@")) {
                        found.add(statement);
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The plan of a statement, one row per table read, with the real table name beside the alias. */
    List<PlanRow> explain(String select) throws SQLException {
        Map<String, String> tables = tablesByAlias(select);
        List<PlanRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + select)) {
            while (rs.next()) {
                String alias = rs.getString("table");
                rows.add(new PlanRow(alias, tables.getOrDefault(alias, alias), rs.getString("type"),
                        rs.getString("key"), rs.getLong("rows"), rs.getString("Extra")));
            }
        }
        return rows;
    }

    /**
     * The rows a statement really reads, run once with ANALYZE FORMAT=JSON: per table read (alias; not the derived
     * tables the statement builds), its largest read: {@code r_rows × r_loops} (index entries or rows, over every loop of
     * a join or a subquery) of one access to it.
     */
    Map<String, Long> examined(String select) throws SQLException {
        String json;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("ANALYZE FORMAT=JSON " + select)) {
            rs.next();
            json = rs.getString(1);
        }
        Map<String, Long> rows = new java.util.TreeMap<>();
        try {
            collect(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), rows);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("ANALYZE output unreadable: " + json, e);
        }
        return rows;
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, Map<String, Long> rows) {
        if (node.isObject() && node.has("table_name") && node.has("r_rows") && !node.get("table_name").asText().startsWith("<")) {
            double loops = node.path("r_loops").asDouble(1);
            rows.merge(node.get("table_name").asText(), Math.round(node.get("r_rows").asDouble() * loops), Math::max);
        }
        node.forEach(child -> collect(child, rows));
    }

    static Map<String, String> tablesByAlias(String select) {
        Map<String, String> tables = new HashMap<>();
        Matcher m = ALIAS.matcher(select);
        while (m.find()) {
            tables.put(m.group(2), m.group(1).toLowerCase(Locale.ROOT));
        }
        return tables;
    }

    /** Stops the general log and puts the server's settings back. */
    void stop() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET GLOBAL general_log = '" + ("1".equals(generalLog) || "ON".equalsIgnoreCase(generalLog) ? "ON" : "OFF") + "'");
            s.execute("SET GLOBAL log_output = '" + logOutput + "'");
        }
    }

    @Override
    public void close() throws SQLException {
        stop();
    }

    private String text(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** One line of EXPLAIN. */
    record PlanRow(String alias, String table, String type, String key, long rows, String extra) {

        /** A read of every row of a large table (or of a whole index of one, not stopped by a LIMIT). */
        boolean scansALargeTable() {
            if (table == null || !LARGE_TABLES.contains(table)) {
                return false;
            }
            return "ALL".equals(type) || ("index".equals(type) && rows > INDEX_SCAN_LIMIT);
        }

        @Override
        public String toString() {
            return (table == null ? "—" : table) + " (" + alias + "): " + type + " key=" + key + " rows=" + rows + (extra == null ? "" : " " + extra);
        }
    }
}
