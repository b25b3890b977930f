package fr.titrepro.insights;

import fr.titrepro.shared.persistence.LikePattern;
import fr.titrepro.shared.web.SeekCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's aggregate tables: the session rows ({@code insight_session} and its details, migration V19_1_1)
 * written per session by {@link InsightRefresher}, and the reads of {@link InsightService}: the indicators from the
 * cells (second level, V19_2_1, kept by {@link InsightCellRepository}), the juries from the session rows.
 */
@ApplicationScoped
public class InsightRepository {

    @Inject
    EntityManager em;

    /**
     * Runs {@code work} after one flush of the caller's transaction, its statements not flushing it again. Every
     * statement of a refresh is native SQL, and Hibernate flushes the whole persistence context before each native
     * statement: in a PV validation's transaction (thousands of entities) the refresh's dozens of statements cost a
     * third of the validating thread (issue 16, profiled, docs/performance.md). The refresh writes no entity, so the
     * one flush before it writes all its statements read.
     */
    public void afterOneFlush(Runnable work) {
        Session session = em.unwrap(Session.class);
        session.flush();
        FlushMode mode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            work.run();
        } finally {
            session.setHibernateFlushMode(mode);
        }
    }

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
                        + " validated_on, quarter_start, session_label, jury_label, present, refreshed_at,"
                        + " criterion_lines, divergent_lines) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                        + " ?13)")
                .setParameter(1, s.sessionId()).setParameter(2, s.titleVersionId()).setParameter(3, s.centreId())
                .setParameter(4, s.centreName()).setParameter(5, s.region()).setParameter(6, s.validatedOn())
                .setParameter(7, Quarter.of(s.validatedOn()).start()).setParameter(8, s.sessionLabel())
                .setParameter(9, cut(s.juryLabel(), 700)).setParameter(10, s.present())
                .setParameter(11, java.sql.Timestamp.from(Instant.now()))
                .setParameter(12, s.criteria().stream().mapToLong(SessionSnapshot.Criterion::assessed).sum())
                .setParameter(13, s.criteria().stream().mapToLong(SessionSnapshot.Criterion::divergent).sum())
                .executeUpdate();
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
        return cells("SELECT c.outcome, SUM(c.candidates) FROM insight_cell_outcome c", scope, "GROUP BY c.outcome",
                null);
    }

    /** Rows: quarter start, outcome, candidates. */
    public List<Object[]> outcomesByQuarter(InsightScope scope) {
        return cells("SELECT c.quarter_start, c.outcome, SUM(c.candidates) FROM insight_cell_outcome c", scope,
                "GROUP BY c.quarter_start, c.outcome ORDER BY c.quarter_start", null);
    }

    /** Rows: part key, label, assessed, acquired. */
    public List<Object[]> parts(InsightScope scope) {
        return cells("SELECT c.part_key, MAX(c.label), SUM(c.assessed), SUM(c.acquired) FROM insight_cell_part c",
                scope, "GROUP BY c.part_key ORDER BY c.part_key", null);
    }

    /** Rows: competency key, label, assessed, acquired. */
    public List<Object[]> competencies(InsightScope scope, String part) {
        return cells("SELECT c.competency_key, MAX(c.label), SUM(c.assessed), SUM(c.acquired)"
                + " FROM insight_cell_competency c", scope, "GROUP BY c.competency_key ORDER BY c.competency_key", part);
    }

    /** Rows: criterion key, competency key, label, assessed, not met, not observed, divergent. */
    public List<Object[]> criteria(InsightScope scope, String part) {
        return cells("SELECT c.criterion_key, MAX(c.competency_key), MAX(c.label), SUM(c.assessed), SUM(c.not_met),"
                + " SUM(c.not_observed), SUM(c.divergent) FROM insight_cell_criterion c", scope,
                "GROUP BY c.criterion_key ORDER BY MIN(c.position)", part);
    }

    /**
     * A page of the juries (one per session) of a scope, the latest first, read backwards through the session index of
     * the scope (the quarter follows the validation date): from the keyset {@code after} when given, else skipping
     * {@code offset} rows; {@code limit} 0: every jury (the export). Rows: session id, label, jury, present, criterion
     * lines, divergent lines, quarter start, validation date.
     */
    public List<Object[]> juries(InsightScope scope, SeekCursor after, int offset, int limit) {
        // the index of the scope, named: with the title alone the optimizer takes the centre index's prefix, then
        // sorts every session of the title (InsightPlansTest)
        String index = scope.centreId() != null ? "ix_insight_session_centre"
                : scope.region() != null ? "ix_insight_session_region" : "ix_insight_session_quarter";
        StringBuilder sql = new StringBuilder("SELECT s.session_id, s.session_label, s.jury_label, s.present,"
                + " s.criterion_lines, s.divergent_lines, s.quarter_start, s.validated_on FROM insight_session s"
                + " USE INDEX (" + index + ") WHERE s.title_version_id = :version AND s.quarter_start BETWEEN :from"
                + " AND :to");
        if (scope.centreId() != null) {
            sql.append(" AND s.centre_id = :centre");
        } else if (scope.region() != null) {
            sql.append(" AND s.region = :region");
        }
        if (after != null) {
            // the keyset spelt out key part by key part: ranges of the index the optimizer reads from the cursor on
            sql.append(" AND (s.quarter_start < :aq OR (s.quarter_start = :aq AND (s.validated_on < :ad"
                    + " OR (s.validated_on = :ad AND s.session_id < :ai))))");
        }
        sql.append(" ORDER BY s.quarter_start DESC, s.validated_on DESC, s.session_id DESC");
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit).append(" OFFSET ").append(after == null ? offset : 0);
        }
        Query q = bind(em.createNativeQuery(sql.toString()), scope);
        if (after != null) {
            q.setParameter("aq", LocalDate.parse(after.value(0))).setParameter("ad", LocalDate.parse(after.value(1)))
                    .setParameter("ai", after.longValue(2));
        }
        return rows(q.getResultList());
    }

    /** Juries of a scope, to number a centre's anonymised juries page by page. */
    public long countJuries(InsightScope scope) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM insight_session s WHERE s.title_version_id ="
                + " :version AND s.quarter_start BETWEEN :from AND :to");
        if (scope.centreId() != null) {
            sql.append(" AND s.centre_id = :centre");
        } else if (scope.region() != null) {
            sql.append(" AND s.region = :region");
        }
        return ((Number) bind(em.createNativeQuery(sql.toString()), scope).getSingleResult()).longValue();
    }

    /**
     * The centres with figures for a title version whose number is {@code id}, or whose name contains {@code name}
     * (case and accents aside, the column's collation), the names equal to it first, then by name; at most
     * {@code limit}. Rows: centre id, name, 1 when the name is the text itself.
     */
    public List<Object[]> centresMatching(long titleVersionId, Long id, String name, int limit) {
        Query q = em.createNativeQuery("SELECT centre_id, centre_name, centre_name = :name AS exact"
                        + " FROM insight_title_centre WHERE title_version_id = :version AND centre_id <> 0"
                        + (id != null ? " AND centre_id = :id" : " AND centre_name LIKE :pattern")
                        + " ORDER BY exact DESC, centre_name, centre_id LIMIT " + limit)
                .setParameter("version", titleVersionId).setParameter("name", name == null ? "" : name);
        if (id != null) {
            q.setParameter("id", id);
        } else {
            q.setParameter("pattern", LikePattern.containing(name));
        }
        return rows(q.getResultList());
    }

    /** The title versions with figures, the most sessions first. */
    public List<Long> titleVersions() {
        return em.createNativeQuery("SELECT title_version_id FROM insight_title_centre WHERE centre_id = 0"
                        + " ORDER BY sessions DESC, title_version_id").getResultList().stream()
                .map(SessionFactsRepository::num).toList();
    }

    /**
     * Sums the cells of a scope (second level, migration V19_2_1): a centre's own cells, a region's rollup rows
     * (centre 0), or every rollup row for the nation — a range of the table's primary key each.
     */
    private List<Object[]> cells(String head, InsightScope scope, String tail, String part) {
        StringBuilder sql = new StringBuilder(head).append(" WHERE c.title_version_id = :version");
        if (part != null) {
            sql.append(" AND c.part_key = :part");
        }
        sql.append(scope.centreId() != null ? " AND c.centre_id = :centre" : " AND c.centre_id = 0")
                .append(" AND c.quarter_start BETWEEN :from AND :to");
        if (scope.centreId() == null && scope.region() != null) {
            sql.append(" AND c.region = :region");
        }
        Query q = bind(em.createNativeQuery(sql.append(' ').append(tail).toString()), scope);
        if (part != null) {
            q.setParameter("part", part);
        }
        return rows(q.getResultList());
    }

    private static Query bind(Query q, InsightScope scope) {
        q.setParameter("version", scope.titleVersionId()).setParameter("from", scope.from().start())
                .setParameter("to", scope.to().start());
        if (scope.centreId() != null) {
            q.setParameter("centre", scope.centreId());
        } else if (scope.region() != null) {
            q.setParameter("region", scope.region());
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
