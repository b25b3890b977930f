package fr.titrepro.candidate.acquired;

import fr.titrepro.shared.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;

/**
 * The CCPs held and titles obtained that a PV validation records, written with one JDBC batch per table (issue 16:
 * an {@code IDENTITY} persist was one round trip and one insert action per row, 300 + 100 for a session of 200), then
 * read back as entities in one query per table.
 */
@ApplicationScoped
public class AcquiredRepository {

    private static final String INSERT_HELD = "insert into held_ccp (candidate_id, ccp_id, obtained_on, place, "
            + "session_id, proof_reference, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_OBTAINED = "insert into obtained_title (candidate_id, title_version_id, "
            + "ccs_code, obtained_on, place, session_id, pv_version, recorded_by, recorded_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    EntityManager em;

    void insertHeld(List<HeldCcp> rows) {
        JdbcBatch.insert(em, INSERT_HELD, rows, 0, AcquiredRepository::bind);
    }

    void insertObtained(List<ObtainedTitle> rows) {
        JdbcBatch.insert(em, INSERT_OBTAINED, rows, 0, AcquiredRepository::bind);
    }

    /**
     * The CCPs a session granted to these candidates, as entities. Not flushed first: the rows are the batch's,
     * and nothing Hibernate holds unwritten changes them.
     */
    List<HeldCcp> heldFromSession(long sessionId, Collection<Long> candidateIds) {
        return em.createQuery("from HeldCcp where sessionId = :s and candidate.id in :c", HeldCcp.class)
                .setParameter("s", sessionId).setParameter("c", candidateIds)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    /** The titles a session granted to these candidates, as entities (not flushed first either). */
    List<ObtainedTitle> obtainedFromSession(long sessionId, Collection<Long> candidateIds) {
        return em.createQuery("from ObtainedTitle where sessionId = :s and candidate.id in :c", ObtainedTitle.class)
                .setParameter("s", sessionId).setParameter("c", candidateIds)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    private static void bind(PreparedStatement ps, HeldCcp h) throws SQLException {
        int p = 0;
        ps.setLong(++p, h.candidate.id);
        ps.setLong(++p, h.ccp.id);
        ps.setObject(++p, h.obtainedOn);
        ps.setString(++p, h.place);
        ps.setObject(++p, h.sessionId, Types.BIGINT);
        ps.setString(++p, h.proofReference);
        ps.setString(++p, h.recordedBy);
        JdbcBatch.setInstant(ps, ++p, h.recordedAt);
    }

    private static void bind(PreparedStatement ps, ObtainedTitle t) throws SQLException {
        int p = 0;
        ps.setLong(++p, t.candidate.id);
        ps.setLong(++p, t.titleVersion.id);
        ps.setString(++p, t.ccsCode);
        ps.setObject(++p, t.obtainedOn);
        ps.setString(++p, t.place);
        ps.setObject(++p, t.sessionId, Types.BIGINT);
        ps.setObject(++p, t.pvVersion, Types.INTEGER);
        ps.setString(++p, t.recordedBy);
        JdbcBatch.setInstant(ps, ++p, t.recordedAt);
    }
}
