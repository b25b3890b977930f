package fr.titrepro.candidate.importing;

import fr.titrepro.candidate.CandidateData;
import fr.titrepro.candidate.CandidateReferences;
import fr.titrepro.candidate.link.LinkRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes the candidates of an import with JDBC batches, in the caller's transaction. Hibernate cannot batch inserts
 * of entities whose id is an AUTO_INCREMENT (it needs each id at once): 10,000 rows would be 20,000 round trips.
 * Here the rows carry their reference, generated beforehand, and the ids are read back by reference.
 */
@ApplicationScoped
public class CandidateBulkWriter {

    private static final int BATCH = 500;
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final String INSERT_CANDIDATE = """
            INSERT INTO candidate (reference, birth_name, usage_name, first_names, sex, birth_date, birth_commune,
              birth_department, birth_country, nationality, email, phone, address_line, postal_code, city, country,
              identity_key, pathway, training_title_code, training_start, training_end, vae_decision_reference,
              vae_decision_date, extra_time_percent, assistance, adapted_equipment, accommodation_notes, created_at,
              version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    @Inject
    CandidateReferences references;

    /**
     * Creates the new people and makes the centre follow them. People already registered elsewhere are never
     * followed from here: they get a {@link LinkRequest} (issue 12).
     */
    public void write(List<CandidateData> toCreate, long centreId, ImportProgress progress) {
        List<String> refs = references.next(toCreate.size());
        Instant now = Instant.now();
        int total = toCreate.size();
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            insertCandidates(connection, toCreate, refs, now, progress, total);
            Map<String, Long> ids = idsOf(connection, refs);
            List<Long> followed = new ArrayList<>(refs.stream().map(ids::get).toList());
            insertFollows(connection, followed, toCreate, centreId, now);
            insertTrainedCcps(connection, toCreate, refs, ids);
            progress.update(ImportProgress.Phase.WRITING, total, total);
        });
    }

    private void insertCandidates(Connection connection, List<CandidateData> rows, List<String> refs, Instant now,
                                  ImportProgress progress, int total) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_CANDIDATE)) {
            for (int i = 0; i < rows.size(); i++) {
                CandidateData d = rows.get(i);
                int p = 0;
                ps.setString(++p, refs.get(i));
                ps.setString(++p, d.birthName());
                ps.setString(++p, d.usageName());
                ps.setString(++p, d.firstNames());
                ps.setString(++p, d.sex().name());
                date(ps, ++p, d.birthDate());
                ps.setString(++p, d.birthCommune());
                ps.setString(++p, d.birthDepartment());
                ps.setString(++p, d.birthCountry());
                ps.setString(++p, d.nationality());
                ps.setString(++p, d.email());
                ps.setString(++p, d.phone());
                ps.setString(++p, d.addressLine());
                ps.setString(++p, d.postalCode());
                ps.setString(++p, d.city());
                ps.setString(++p, d.country());
                ps.setString(++p, d.identityKey());
                ps.setString(++p, d.pathway().name());
                ps.setString(++p, d.trainingTitleCode());
                date(ps, ++p, d.trainingStart());
                date(ps, ++p, d.trainingEnd());
                ps.setString(++p, d.vaeDecisionReference());
                date(ps, ++p, d.vaeDecisionDate());
                if (d.extraTimePercent() == null) {
                    ps.setNull(++p, Types.INTEGER);
                } else {
                    ps.setInt(++p, d.extraTimePercent());
                }
                ps.setString(++p, d.assistance());
                ps.setString(++p, d.adaptedEquipment());
                ps.setString(++p, d.accommodationNotes());
                ps.setTimestamp(++p, Timestamp.from(now), UTC);
                ps.addBatch();
                if ((i + 1) % BATCH == 0 || i == rows.size() - 1) {
                    ps.executeBatch();
                    progress.update(ImportProgress.Phase.WRITING, i + 1, total);
                }
            }
        }
    }

    private static Map<String, Long> idsOf(Connection connection, List<String> refs) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < refs.size(); from += BATCH) {
            List<String> chunk = refs.subList(from, Math.min(refs.size(), from + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT reference, id FROM candidate WHERE reference IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return ids;
    }

    /** The centre's follows of the new candidates, each with its candidate's names (CandidateFollow, V14_6_1). */
    private static void insertFollows(Connection connection, List<Long> candidateIds, List<CandidateData> rows,
                                      long centreId, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO candidate_follow (candidate_id, centre_id, "
                + "since, birth_name, usage_name, first_names) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < candidateIds.size(); i++) {
                ps.setLong(1, candidateIds.get(i));
                ps.setLong(2, centreId);
                ps.setTimestamp(3, Timestamp.from(now), UTC);
                ps.setString(4, rows.get(i).birthName());
                ps.setString(5, rows.get(i).usageName());
                ps.setString(6, rows.get(i).firstNames());
                ps.addBatch();
                if ((i + 1) % BATCH == 0 || i == candidateIds.size() - 1) {
                    ps.executeBatch();
                }
            }
        }
    }

    private static void insertTrainedCcps(Connection connection, List<CandidateData> rows, List<String> refs,
                                          Map<String, Long> ids) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO candidate_trained_ccp (candidate_id, ccp_number) VALUES (?, ?)")) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                for (Integer ccp : rows.get(i).trainedCcpNumbers()) {
                    ps.setLong(1, ids.get(refs.get(i)));
                    ps.setInt(2, ccp);
                    ps.addBatch();
                    if (++pending % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            if (pending % BATCH != 0) {
                ps.executeBatch();
            }
        }
    }

    private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
