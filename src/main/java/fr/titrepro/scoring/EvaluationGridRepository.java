package fr.titrepro.scoring;

import fr.titrepro.session.jury.JuryConflictRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class EvaluationGridRepository implements PanacheRepository<EvaluationGrid> {

    /** A juror's grids of an enrolment, in CCP order. */
    public List<EvaluationGrid> of(long enrolmentId, long jurorId) {
        return list("enrolmentId = ?1 and jurorId = ?2 order by partKey", enrolmentId, jurorId);
    }

    /** Every juror's grids of an enrolment. */
    public List<EvaluationGrid> ofEnrolment(long enrolmentId) {
        return list("enrolmentId = ?1 order by jurorId, partKey", enrolmentId);
    }

    /** A juror's grids in a session (every candidate), for their progress. */
    public List<EvaluationGrid> ofJurorInSession(long sessionId, long jurorId) {
        return list("sessionId = ?1 and jurorId = ?2", sessionId, jurorId);
    }

    /** A candidate's grids, every session (the candidate's personal data). */
    public List<EvaluationGrid> ofCandidate(long candidateId) {
        return list("candidateId = ?1 order by sessionId, id", candidateId);
    }

    /**
     * Clears the jurors' observations in the history of the grids (Envers table), after flushing the cleared
     * grids; the number of past versions changed.
     */
    public int clearObservationHistory(List<Long> gridIds) {
        getEntityManager().flush();
        return getEntityManager().createNativeQuery("update grid_criterion_aud set observation = null "
                + "where grid_id in (:ids) and observation is not null").setParameter("ids", gridIds).executeUpdate();
    }

    /** A grid's competency (section), locked for writing; empty when the grid has no such section. */
    public Optional<GridSection> lockedSection(long gridId, long sectionId) {
        return getEntityManager().createQuery("from GridSection s where s.id = ?1 and s.grid.id = ?2",
                        GridSection.class)
                .setParameter(1, sectionId).setParameter(2, gridId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** A grid's line, locked for writing; empty when the grid has no such line. */
    public Optional<GridCriterion> lockedLine(long gridId, long criterionId) {
        return getEntityManager().createQuery("from GridCriterion c where c.id = ?1 and c.grid.id = ?2",
                        GridCriterion.class)
                .setParameter(1, criterionId).setParameter(2, gridId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private static final List<SectionKind> SCORED = Arrays.stream(SectionKind.values())
            .filter(SectionKind::isScored).toList();

    /**
     * A juror's lines in a session, by enrolment: {total, scored}. The scored lines only: the DP and the ECF are
     * consulted, not scored.
     */
    public Map<Long, long[]> scoredLineCounts(long sessionId, long jurorId) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : getEntityManager().createQuery("select c.grid.enrolmentId, count(c), count(c.score)"
                        + " from GridCriterion c where c.grid.sessionId = ?1 and c.grid.jurorId = ?2"
                        + " and c.section.kind in ?3 group by c.grid.enrolmentId", Object[].class)
                .setParameter(1, sessionId).setParameter(2, jurorId).setParameter(3, SCORED)
                .getResultList()) {
            counts.put((Long) r[0], new long[]{(Long) r[1], (Long) r[2]});
        }
        return counts;
    }

    /** What the write rules need about a grid, read in one statement ({@link ScoringAccess.Gate}). */
    public record GateRow(String gridStatus, String sessionStatus, String jurorUsername, long sessionId,
                          long enrolmentId, long jurorId, long candidateId, boolean jurorSits, boolean conflicted) {
    }

    /**
     * The grid, its session and its juror in one statement, optionally with shared locks (so that neither the
     * grid's submission nor the session's closing slips in before the caller's save commits).
     *
     * @param exclusive lock the grid row exclusively first (no lock upgrade, no deadlock)
     */
    public Optional<GateRow> gate(long gridId, boolean lock, boolean exclusive) {
        if (exclusive) {
            getEntityManager().createNativeQuery("SELECT id FROM evaluation_grid WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, gridId).getResultList();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT g.status, s.status, j.username, g.session_id, g.enrolment_id, g.juror_id, g.candidate_id,
                          EXISTS (SELECT 1 FROM jury_member m WHERE m.session_id = g.session_id
                                  AND m.juror_id = g.juror_id),
                          """ + JuryConflictRepository.declaredSql("g.session_id", "g.juror_id", "g.candidate_id") + """

                        FROM evaluation_grid g
                          JOIN exam_session s ON s.id = g.session_id
                          JOIN juror j ON j.id = g.juror_id
                        WHERE g.id = ?1""" + (lock ? " LOCK IN SHARE MODE" : ""))
                .setParameter(1, gridId).getResultList();
        return rows.stream().findFirst().map(r -> new GateRow((String) r[0], (String) r[1], String.valueOf(r[2]),
                num(r[3]), num(r[4]), num(r[5]), num(r[6]), truthy(r[7]), truthy(r[8])));
    }

    private static boolean truthy(Object o) {
        return o instanceof Number n ? n.intValue() != 0 : Boolean.TRUE.equals(o);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** Every grid of a session (the end-of-day alert, issue 15). */
    public List<EvaluationGrid> ofSession(long sessionId) {
        return list("sessionId", sessionId);
    }
}
