package fr.titrepro.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inserts of the generator, one batch per table, on one connection, and the first id the generator gives in each
 * table (the next free id when it starts, so that it can also fill a database that already holds data, and the
 * small-scale test can remove exactly what it added).
 */
final class NationalTables implements AutoCloseable {

    /** Tables with a generated id, in an order where a row only refers to tables before it. */
    static final List<String> ID_TABLES = List.of("centre", "centre_approval", "centre_staff", "juror",
            "juror_habilitation", "candidate", "exam_session", "session_transition", "jury_member", "enrolment",
            "candidate_deliberation", "held_ccp", "obtained_title", "issued_document", "revinfo", "evaluation_grid",
            "grid_section", "grid_criterion");

    final Connection connection;
    private final Map<String, Long> bases = new LinkedHashMap<>();
    private final List<JdbcBatch> all = new ArrayList<>();
    final JdbcBatch centre;
    final JdbcBatch approval;
    final JdbcBatch staff;
    final JdbcBatch juror;
    final JdbcBatch habilitation;
    final JdbcBatch candidate;
    final JdbcBatch follow;
    final JdbcBatch session;
    final JdbcBatch sessionCcp;
    final JdbcBatch transition;
    final JdbcBatch jury;
    final JdbcBatch enrolment;
    final JdbcBatch enrolmentCcp;
    final JdbcBatch deliberation;
    final JdbcBatch pv;
    final JdbcBatch held;
    final JdbcBatch obtained;
    final JdbcBatch document;
    final JdbcBatch pdf;
    final JdbcBatch revision;
    final JdbcBatch grid;
    final JdbcBatch gridAud;
    final JdbcBatch section;
    final JdbcBatch sectionAud;
    final JdbcBatch line;
    final JdbcBatch lineAud;

    /** Whether the server is a Galera node ({@code wsrep_on}; a plain MariaDB server answers OFF). */
    static boolean galera(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW VARIABLES LIKE 'wsrep_on'")) {
            return rs.next() && "ON".equalsIgnoreCase(rs.getString(2));
        }
    }

    NationalTables(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            // the generator guarantees the keys itself; the small-scale test checks them afterwards
            // unique_checks stays on when the target is a Galera node: with both checks off, InnoDB inserts into
            // an empty table in bulk, and the parallel appliers of the other nodes then applied the final update
            // before those inserts (error 1032, node evicted; docs/performance.md « Sixth session »)
            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = " + (galera(s) ? 1 : 0));
            for (String table : ID_TABLES) {
                String id = table.equals("revinfo") ? "rev" : "id";
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + id + "), 0) + 1 FROM " + table)) {
                    rs.next();
                    bases.put(table, rs.getLong(1));
                }
            }
        }
        centre = add("centre", "id", "name", "siret", "address_line", "postal_code", "city", "contact_name",
                "contact_email", "contact_phone", "created_at", "version");
        approval = add("centre_approval", "id", "centre_id", "title_code", "site_name", "site_address_line",
                "site_postal_code", "site_city", "valid_from", "valid_until", "created_at");
        staff = add("centre_staff", "id", "centre_id", "username", "full_name");
        juror = add("juror", "id", "username", "last_name", "first_name", "email", "phone", "profession", "employer",
                "years_of_experience", "created_at", "version");
        habilitation = add("juror_habilitation", "id", "juror_id", "title_code", "valid_from", "valid_until",
                "granted_at", "granted_by");
        candidate = add("candidate", "id", "reference", "birth_name", "first_names", "sex", "birth_date",
                "birth_commune", "birth_department", "birth_country", "nationality", "email", "phone", "address_line",
                "postal_code", "city", "country", "identity_key", "pathway", "training_title_code", "training_start",
                "training_end", "created_at", "version");
        follow = add("candidate_follow", "candidate_id", "centre_id", "since", "birth_name", "first_names");
        session = add("exam_session", "id", "title_version_id", "type", "centre_id", "approval_id", "site_label",
                "start_date", "end_date", "capacity", "manager_name", "manager_email", "status", "created_at",
                "created_by", "version");
        sessionCcp = add("exam_session_ccp", "session_id", "ccp_number");
        transition = add("session_transition", "id", "session_id", "from_status", "to_status", "at", "actor");
        jury = add("jury_member", "id", "session_id", "juror_id", "assigned_at", "assigned_by");
        enrolment = add("enrolment", "id", "session_id", "candidate_id", "status", "final_interview", "outcome",
                "outcome_at", "enrolled_at", "enrolled_by", "version");
        enrolmentCcp = add("enrolment_ccp", "enrolment_id", "ccp_number");
        deliberation = add("candidate_deliberation", "id", "session_id", "enrolment_id", "candidate_id", "version",
                "current_version", "attendance", "final_interview", "ccp_decisions", "acquired_now", "held_after",
                "computed_outcome", "outcome", "decided_by", "decided_at", "previous_hash", "hash");
        pv = add("session_pv", "session_id", "pv_date", "pv_version", "content_hash", "signed_at", "validated_at",
                "validated_by");
        held = add("held_ccp", "id", "candidate_id", "ccp_id", "obtained_on", "place", "session_id", "recorded_by",
                "recorded_at");
        obtained = add("obtained_title", "id", "candidate_id", "title_version_id", "obtained_on", "place", "session_id",
                "pv_version", "recorded_by", "recorded_at");
        document = add("issued_document", "id", "kind", "series_key", "version", "status", "code", "candidate_id",
                "holder_name", "title_code", "title_version", "title_name", "outcome", "event_date", "event_place",
                "snapshot", "pdf_sha256", "pdf_size", "issued_at", "issued_by", "session_id");
        pdf = add("issued_document_pdf", "document_id", "content");
        revision = add("revinfo", "rev", "revtstmp", "username");
        grid = add("evaluation_grid", "id", "session_id", "enrolment_id", "candidate_id", "juror_id", "part_key",
                "ccp_number", "title", "status", "proposed_decision", "submitted_at", "created_at", "updated_at",
                "updated_by", "version");
        gridAud = add("evaluation_grid_aud", "id", "rev", "revtype", "status", "proposed_decision", "submitted_at",
                "updated_at", "updated_by");
        section = add("grid_section", "id", "grid_id", "position", "kind", "section_key", "title", "description",
                "proposed_decision", "updated_at", "updated_by", "version");
        sectionAud = add("grid_section_aud", "id", "rev", "revtype", "grid_id", "proposed_decision", "updated_at",
                "updated_by");
        line = add("grid_criterion", "id", "grid_id", "section_id", "position", "item_key", "text",
                "source_criterion_id", "score", "consulted", "observation", "updated_at", "updated_by", "version");
        lineAud = add("grid_criterion_aud", "id", "rev", "revtype", "grid_id", "score", "consulted", "updated_at",
                "updated_by");
    }

    private JdbcBatch add(String table, String... columns) throws SQLException {
        JdbcBatch batch = new JdbcBatch(connection, table, columns);
        all.add(batch);
        return batch;
    }

    long base(String table) {
        return bases.get(table);
    }

    Map<String, Long> bases() {
        return Map.copyOf(bases);
    }

    /** Rows written so far, per table. */
    Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        all.forEach(b -> rows.put(b.table(), b.rows()));
        return rows;
    }

    void commit() throws SQLException {
        for (JdbcBatch b : all) {
            b.flush();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        commit();
        for (JdbcBatch b : all) {
            b.close();
        }
    }
}
