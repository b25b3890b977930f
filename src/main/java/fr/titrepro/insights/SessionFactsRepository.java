package fr.titrepro.insights;

import fr.titrepro.deliberation.pv.SessionPv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a validated session decided, for its aggregates (docs/insights.md): the current deliberation of each
 * candidate, the jury's last agreed decision on each competency and the jurors' submitted grids. Read-only, one
 * grouped query per kind of fact, run once per validation (never at request time). Grids of candidates absent or
 * excused, drafts and the épreuves, DP, ECF lines are left out.
 */
@ApplicationScoped
public class SessionFactsRepository {

    @Inject
    EntityManager em;

    /** The session's dimensions; empty unless it is validated. */
    public record Header(long sessionId, long titleVersionId, long centreId, String centreName, String sitePostalCode,
                         Instant validatedAt, java.time.LocalDate startDate, String type, String ccsCode,
                         String siteLabel) {
    }

    /** One juror's score of one criterion line of a present candidate's submitted grid. */
    public record CriterionScore(long enrolmentId, String partKey, String criterionKey, String competencyKey,
                                 String text, int position, String score) {
    }

    /** The last agreed decision on a competency, with how many present candidates. */
    public record CompetencyCount(String partKey, String competencyKey, String label, long assessed, long acquired) {
    }

    public Optional<Header> header(long sessionId) {
        List<?> rows = em.createNativeQuery("SELECT s.id, s.title_version_id, s.centre_id, c.name, a.site_postal_code,"
                        + " pv.validated_at, s.start_date, s.type, s.ccs_code, s.site_label FROM exam_session s"
                        + " JOIN centre c ON c.id = s.centre_id JOIN centre_approval a ON a.id = s.approval_id"
                        + " JOIN session_pv pv ON pv.session_id = s.id"
                        + " WHERE s.id = ?1 AND s.status = 'VALIDATED' AND pv.validated_at IS NOT NULL")
                .setParameter(1, sessionId).getResultList();
        // the instant through the entity: Hibernate reads it in the zone it wrote it
        return rows.stream().map(r -> (Object[]) r).findFirst().map(r -> new Header(num(r[0]), num(r[1]), num(r[2]),
                (String) r[3], (String) r[4], em.find(SessionPv.class, sessionId).validatedAt, date(r[6]),
                (String) r[7], (String) r[8], (String) r[9]));
    }

    public List<String> juryNames(long sessionId) {
        return em.createNativeQuery("SELECT CONCAT(j.first_name, ' ', j.last_name) FROM jury_member m"
                        + " JOIN juror j ON j.id = m.juror_id WHERE m.session_id = ?1 ORDER BY j.last_name, j.first_name")
                .setParameter(1, sessionId).getResultList().stream().map(String::valueOf).toList();
    }

    /** Candidates by outcome of their current deliberation. */
    public List<Object[]> outcomes(long sessionId) {
        return rows(em.createNativeQuery("SELECT outcome, COUNT(*) FROM candidate_deliberation"
                + " WHERE session_id = ?1 AND current_version GROUP BY outcome").setParameter(1, sessionId)
                .getResultList());
    }

    /** The CCP decisions of the present candidates' current deliberations ("1=ACQUIRED;2=NOT_ACQUIRED"). */
    public List<String> ccpDecisions(long sessionId) {
        return em.createNativeQuery("SELECT ccp_decisions FROM candidate_deliberation WHERE session_id = ?1"
                        + " AND current_version AND attendance = 'PRESENT'").setParameter(1, sessionId)
                .getResultList().stream().map(String::valueOf).toList();
    }

    /** The names of the title version's CCPs by number. */
    public List<Object[]> ccpNames(long titleVersionId) {
        return rows(em.createNativeQuery("SELECT number, name FROM ccp WHERE title_version_id = ?1")
                .setParameter(1, titleVersionId).getResultList());
    }

    public List<CompetencyCount> competencies(long sessionId) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT d.part_key, d.subject_key, MAX(d.subject), COUNT(*),"
                        + " SUM(CASE WHEN d.decision = 'ACQUIRED' THEN 1 ELSE 0 END)"
                        + " FROM agreed_decision d JOIN (SELECT MAX(id) AS id FROM agreed_decision"
                        + "   WHERE session_id = ?1 AND scope = 'COMPETENCY' GROUP BY enrolment_id, part_key, subject_key)"
                        + "   last ON last.id = d.id"
                        + " JOIN candidate_deliberation cd ON cd.enrolment_id = d.enrolment_id AND cd.current_version"
                        + "   AND cd.attendance = 'PRESENT'"
                        + " GROUP BY d.part_key, d.subject_key ORDER BY d.part_key, d.subject_key")
                .setParameter(1, sessionId).getResultList());
        return rows.stream().map(r -> new CompetencyCount((String) r[0], (String) r[1], (String) r[2], num(r[3]),
                num(r[4]))).toList();
    }

    public List<CriterionScore> criterionScores(long sessionId) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT g.enrolment_id, g.part_key, c.item_key,"
                        + " sec.section_key, c.text, sec.position * 1000 + c.position, c.score"
                        + " FROM evaluation_grid g JOIN grid_section sec ON sec.grid_id = g.id"
                        + " JOIN grid_criterion c ON c.section_id = sec.id"
                        + " JOIN candidate_deliberation cd ON cd.enrolment_id = g.enrolment_id AND cd.current_version"
                        + "   AND cd.attendance = 'PRESENT'"
                        + " WHERE g.session_id = ?1 AND g.status = 'SUBMITTED'"
                        + "   AND sec.kind IN ('COMPETENCY', 'TRANSVERSAL', 'CCS_COMPETENCY')")
                .setParameter(1, sessionId).getResultList());
        return rows.stream().map(r -> new CriterionScore(num(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (int) num(r[5]), (String) r[6])).toList();
    }

    /** Every validated session, oldest first: what the rebuild walks through. */
    public List<Long> validatedSessions() {
        return em.createNativeQuery("SELECT s.id FROM exam_session s JOIN session_pv pv ON pv.session_id = s.id"
                        + " WHERE s.status = 'VALIDATED' AND pv.validated_at IS NOT NULL ORDER BY pv.validated_at, s.id")
                .getResultList().stream().map(SessionFactsRepository::num).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static java.time.LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }
}
