package fr.titrepro.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's aggregate tables ({@code insight_*}, migration V19_1_1): written per session by
 * {@link InsightRefresher}, read by {@link InsightService}. Every read filters {@code insight_session} on its
 * indexes (title version + centre, region or nothing + quarter) and joins the session's few rows by primary key.
 */
@ApplicationScoped
public class InsightRepository {

    @Inject
    EntityManager em;

    public void deleteSession(long sessionId) {
        em.createNativeQuery("DELETE FROM insight_session WHERE session_id = ?1").setParameter(1, sessionId)
                .executeUpdate();
    }

    /** The rows of sessions that are no longer validated (a rebuild's last step). */
    public void deleteNotValidated() {
        em.createNativeQuery("DELETE FROM insight_session WHERE session_id NOT IN (SELECT s.id FROM exam_session s "
                + "JOIN session_pv pv ON pv.session_id = s.id WHERE s.status = 'VALIDATED' AND pv.validated_at IS NOT NULL)")
                .executeUpdate();
    }

    public void write(SessionSnapshot s) {
        em.createNativeQuery("INSERT INTO insight_session (session_id, title_version_id, centre_id, centre_name, region,"
                        + " validated_on, quarter_start, session_label, jury_label, present, refreshed_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, s.sessionId()).setParameter(2, s.titleVersionId()).setParameter(3, s.centreId())
                .setParameter(4, s.centreName()).setParameter(5, s.region()).setParameter(6, s.validatedOn())
                .setParameter(7, Quarter.of(s.validatedOn()).start()).setParameter(8, s.sessionLabel())
                .setParameter(9, cut(s.juryLabel(), 700)).setParameter(10, s.present())
                .setParameter(11, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        for (SessionSnapshot.Count c : s.outcomes()) {
            em.createNativeQuery("INSERT INTO insight_outcome VALUES (?1, ?2, ?3)").setParameter(1, s.sessionId())
                    .setParameter(2, c.key()).setParameter(3, c.candidates()).executeUpdate();
        }
        for (SessionSnapshot.Part p : s.parts()) {
            em.createNativeQuery("INSERT INTO insight_part VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, s.sessionId())
                    .setParameter(2, p.partKey()).setParameter(3, cut(p.label(), 700)).setParameter(4, p.assessed())
                    .setParameter(5, p.acquired()).executeUpdate();
        }
        for (SessionSnapshot.Competency c : s.competencies()) {
            em.createNativeQuery("INSERT INTO insight_competency VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, s.sessionId()).setParameter(2, c.partKey()).setParameter(3, c.competencyKey())
                    .setParameter(4, cut(c.label(), 700)).setParameter(5, c.assessed()).setParameter(6, c.acquired())
                    .executeUpdate();
        }
        for (SessionSnapshot.Criterion c : s.criteria()) {
            em.createNativeQuery("INSERT INTO insight_criterion VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                    .setParameter(1, s.sessionId()).setParameter(2, c.partKey()).setParameter(3, c.criterionKey())
                    .setParameter(4, c.competencyKey()).setParameter(5, cut(c.label(), 1000))
                    .setParameter(6, c.position()).setParameter(7, c.assessed()).setParameter(8, c.notMet())
                    .setParameter(9, c.notObserved()).setParameter(10, c.divergent()).executeUpdate();
        }
    }

    /** Candidates by outcome. Rows: outcome, candidates. */
    public List<Object[]> outcomes(InsightScope scope) {
        return select("SELECT o.outcome, SUM(o.candidates) FROM insight_session s"
                + " JOIN insight_outcome o ON o.session_id = s.session_id", scope, "GROUP BY o.outcome", null);
    }

    /** Rows: quarter start, outcome, candidates. */
    public List<Object[]> outcomesByQuarter(InsightScope scope) {
        return select("SELECT s.quarter_start, o.outcome, SUM(o.candidates) FROM insight_session s"
                        + " JOIN insight_outcome o ON o.session_id = s.session_id", scope,
                "GROUP BY s.quarter_start, o.outcome ORDER BY s.quarter_start", null);
    }

    /** Rows: part key, label, assessed, acquired. */
    public List<Object[]> parts(InsightScope scope) {
        return select("SELECT p.part_key, MAX(p.label), SUM(p.assessed), SUM(p.acquired) FROM insight_session s"
                + " JOIN insight_part p ON p.session_id = s.session_id", scope, "GROUP BY p.part_key ORDER BY p.part_key",
                null);
    }

    /** Rows: competency key, label, assessed, acquired. */
    public List<Object[]> competencies(InsightScope scope, String part) {
        return select("SELECT c.competency_key, MAX(c.label), SUM(c.assessed), SUM(c.acquired) FROM insight_session s"
                        + " JOIN insight_competency c ON c.session_id = s.session_id AND c.part_key = :part", scope,
                "GROUP BY c.competency_key ORDER BY c.competency_key", part);
    }

    /** Rows: criterion key, competency key, label, assessed, not met, not observed, divergent. */
    public List<Object[]> criteria(InsightScope scope, String part) {
        return select("SELECT c.criterion_key, MAX(c.competency_key), MAX(c.label), SUM(c.assessed), SUM(c.not_met),"
                        + " SUM(c.not_observed), SUM(c.divergent) FROM insight_session s"
                        + " JOIN insight_criterion c ON c.session_id = s.session_id AND c.part_key = :part", scope,
                "GROUP BY c.criterion_key ORDER BY MIN(c.position)", part);
    }

    /** At most this many juries listed (the latest sessions): the national list would be thousands of rows. */
    static final int MAX_JURIES = 200;

    /**
     * Per session (its jury), the latest first. Rows: session id, label, jury, present, criterion lines, divergent
     * lines.
     */
    public List<Object[]> juries(InsightScope scope) {
        return select("SELECT s.session_id, s.session_label, s.jury_label, s.present, COALESCE(SUM(c.assessed), 0),"
                        + " COALESCE(SUM(c.divergent), 0) FROM insight_session s"
                        + " LEFT JOIN insight_criterion c ON c.session_id = s.session_id", scope,
                "GROUP BY s.session_id, s.session_label, s.jury_label, s.present, s.validated_on"
                        + " ORDER BY s.validated_on DESC, s.session_id DESC LIMIT " + MAX_JURIES, null);
    }

    /** The centres with figures for a title version. Rows: centre id, name. */
    public List<Object[]> centres(long titleVersionId) {
        return rows(em.createNativeQuery("SELECT centre_id, MAX(centre_name) FROM insight_session"
                        + " WHERE title_version_id = ?1 GROUP BY centre_id ORDER BY MAX(centre_name)")
                .setParameter(1, titleVersionId).getResultList());
    }

    /** The title versions with figures, the most sessions first. */
    public List<Long> titleVersions() {
        return em.createNativeQuery("SELECT title_version_id FROM insight_session GROUP BY title_version_id"
                        + " ORDER BY COUNT(*) DESC, title_version_id").getResultList().stream()
                .map(SessionFactsRepository::num).toList();
    }

    private List<Object[]> select(String head, InsightScope scope, String tail, String part) {
        StringBuilder sql = new StringBuilder(head).append(" WHERE s.title_version_id = :version")
                .append(" AND s.quarter_start BETWEEN :from AND :to");
        if (scope.centreId() != null) {
            sql.append(" AND s.centre_id = :centre");
        } else if (scope.region() != null) {
            sql.append(" AND s.region = :region");
        }
        Query q = em.createNativeQuery(sql.append(' ').append(tail).toString())
                .setParameter("version", scope.titleVersionId()).setParameter("from", scope.from().start())
                .setParameter("to", scope.to().start());
        if (scope.centreId() != null) {
            q.setParameter("centre", scope.centreId());
        } else if (scope.region() != null) {
            q.setParameter("region", scope.region());
        }
        if (part != null) {
            q.setParameter("part", part);
        }
        return rows(q.getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
