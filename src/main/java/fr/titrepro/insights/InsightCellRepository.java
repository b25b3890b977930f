package fr.titrepro.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Optional;

/**
 * Writes the second level of the dashboard's aggregates (migration V19_2_1): each cell (title version, centre, quarter,
 * region) and its region's rollup (centre 0) are summed again from their session rows ({@code insight_session} and its
 * details) — a cell is a few sessions, its rollup a few hundred at most — and the centres with figures per title.
 * Called in the transaction that wrote the session rows ({@link InsightRefresher}).
 */
@ApplicationScoped
public class InsightCellRepository {

    /** Per cell table: the INSERT … SELECT from the session rows; %1$s the centre, %2$s the filter, %3$s grouping. */
    private static final List<String[]> CELLS = List.of(
            new String[]{"insight_cell_outcome", "INSERT INTO insight_cell_outcome (title_version_id, centre_id,"
                    + " quarter_start, region, outcome, candidates) SELECT s.title_version_id, %1$s, s.quarter_start,"
                    + " COALESCE(s.region, ''), o.outcome, SUM(o.candidates) FROM insight_session s"
                    + " JOIN insight_outcome o ON o.session_id = s.session_id WHERE %2$s"
                    + " GROUP BY s.title_version_id, %3$s s.quarter_start, COALESCE(s.region, ''), o.outcome"},
            new String[]{"insight_cell_part", "INSERT INTO insight_cell_part (title_version_id, centre_id,"
                    + " quarter_start, region, part_key, label, assessed, acquired) SELECT s.title_version_id, %1$s,"
                    + " s.quarter_start, COALESCE(s.region, ''), p.part_key, MAX(p.label), SUM(p.assessed),"
                    + " SUM(p.acquired) FROM insight_session s JOIN insight_part p ON p.session_id = s.session_id"
                    + " WHERE %2$s GROUP BY s.title_version_id, %3$s s.quarter_start, COALESCE(s.region, ''), p.part_key"},
            new String[]{"insight_cell_competency", "INSERT INTO insight_cell_competency (title_version_id, part_key,"
                    + " centre_id, quarter_start, region, competency_key, label, assessed, acquired)"
                    + " SELECT s.title_version_id, c.part_key, %1$s, s.quarter_start, COALESCE(s.region, ''),"
                    + " c.competency_key, MAX(c.label), SUM(c.assessed), SUM(c.acquired) FROM insight_session s"
                    + " JOIN insight_competency c ON c.session_id = s.session_id WHERE %2$s"
                    + " GROUP BY s.title_version_id, c.part_key, %3$s s.quarter_start, COALESCE(s.region, ''),"
                    + " c.competency_key"},
            new String[]{"insight_cell_criterion", "INSERT INTO insight_cell_criterion (title_version_id, part_key,"
                    + " centre_id, quarter_start, region, criterion_key, competency_key, label, position, assessed,"
                    + " not_met, not_observed, divergent) SELECT s.title_version_id, c.part_key, %1$s, s.quarter_start,"
                    + " COALESCE(s.region, ''), c.criterion_key, MAX(c.competency_key), MAX(c.label), MIN(c.position),"
                    + " SUM(c.assessed), SUM(c.not_met), SUM(c.not_observed), SUM(c.divergent) FROM insight_session s"
                    + " JOIN insight_criterion c ON c.session_id = s.session_id WHERE %2$s"
                    + " GROUP BY s.title_version_id, c.part_key, %3$s s.quarter_start, COALESCE(s.region, ''),"
                    + " c.criterion_key"});

    @Inject
    EntityManager em;

    /** The cell a session's rows belong to, as they are now (before they are rewritten). */
    public Optional<InsightCell> cellOf(long sessionId) {
        List<?> rows = em.createNativeQuery("SELECT title_version_id, centre_id, quarter_start, COALESCE(region, '')"
                + " FROM insight_session WHERE session_id = ?1").setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst().map(r -> new InsightCell(SessionFactsRepository.num(r[0]),
                SessionFactsRepository.num(r[1]), date(r[2]), (String) r[3]));
    }

    /**
     * Serialises the writers of a title version's cells (PV validations, the rebuild): its total row is written (or
     * locked) first. Without it two validations of the same title, quarter and region would each lock their new
     * session row, then wait for the other's while summing the region's rollup: a deadlock.
     */
    public void lockTitle(long titleVersionId) {
        em.createNativeQuery("INSERT INTO insight_title_centre (title_version_id, centre_id, centre_name, sessions)"
                        + " VALUES (?1, 0, '', 0) ON DUPLICATE KEY UPDATE sessions = sessions")
                .setParameter(1, titleVersionId).executeUpdate();
    }

    /** Sums the cell, its region's rollup and the title's centre list again from the session rows. */
    public void recompute(InsightCell cell) {
        for (InsightCell c : List.of(cell, cell.rollup())) {
            boolean rollup = c.centreId() == InsightCell.EVERY_CENTRE;
            String filter = "s.title_version_id = :version AND s.quarter_start = :quarter"
                    + (rollup ? "" : " AND s.centre_id = :centre")
                    + (c.region().isEmpty() ? " AND s.region IS NULL" : " AND s.region = :region");
            for (String[] table : CELLS) {
                run("DELETE FROM " + table[0] + " WHERE title_version_id = :version AND centre_id = :centre"
                        + " AND quarter_start = :quarter AND region = :region", c);
                run(String.format(table[1], rollup ? "0" : "s.centre_id", filter, rollup ? "" : "s.centre_id,"), c);
            }
        }
        titleCentres(cell.titleVersionId(), cell.centreId());
    }

    /** Rewrites every cell of a title version from its session rows (the rebuild, one title per transaction). */
    public void rebuild(long titleVersionId) {
        lockTitle(titleVersionId);
        for (String[] table : CELLS) {
            em.createNativeQuery("DELETE FROM " + table[0] + " WHERE title_version_id = ?1")
                    .setParameter(1, titleVersionId).executeUpdate();
            for (boolean rollup : List.of(false, true)) {
                em.createNativeQuery(String.format(table[1], rollup ? "0" : "s.centre_id",
                        "s.title_version_id = :version", rollup ? "" : "s.centre_id,"))
                        .setParameter("version", titleVersionId).executeUpdate();
            }
        }
        em.createNativeQuery("DELETE FROM insight_title_centre WHERE title_version_id = ?1")
                .setParameter(1, titleVersionId).executeUpdate();
        em.createNativeQuery("INSERT INTO insight_title_centre (title_version_id, centre_id, centre_name, sessions)"
                        + " SELECT title_version_id, centre_id, MAX(centre_name), COUNT(*) FROM insight_session"
                        + " WHERE title_version_id = ?1 GROUP BY title_version_id, centre_id")
                .setParameter(1, titleVersionId).executeUpdate();
        titleTotal(titleVersionId);
    }

    /** The title versions with session rows or cells: what a rebuild walks through. */
    public List<Long> titleVersions() {
        return em.createNativeQuery("SELECT title_version_id FROM insight_session GROUP BY title_version_id"
                        + " UNION SELECT title_version_id FROM insight_title_centre WHERE centre_id = 0")
                .getResultList().stream().map(SessionFactsRepository::num).toList();
    }

    private void titleCentres(long titleVersionId, long centreId) {
        em.createNativeQuery("DELETE FROM insight_title_centre WHERE title_version_id = ?1 AND centre_id = ?2")
                .setParameter(1, titleVersionId).setParameter(2, centreId).executeUpdate();
        em.createNativeQuery("INSERT INTO insight_title_centre (title_version_id, centre_id, centre_name, sessions)"
                        + " SELECT title_version_id, centre_id, MAX(centre_name), COUNT(*) FROM insight_session"
                        + " WHERE title_version_id = ?1 AND centre_id = ?2 GROUP BY title_version_id, centre_id")
                .setParameter(1, titleVersionId).setParameter(2, centreId).executeUpdate();
        titleTotal(titleVersionId);
    }

    private void titleTotal(long titleVersionId) {
        em.createNativeQuery("DELETE FROM insight_title_centre WHERE title_version_id = ?1 AND centre_id = 0")
                .setParameter(1, titleVersionId).executeUpdate();
        em.createNativeQuery("INSERT INTO insight_title_centre (title_version_id, centre_id, centre_name, sessions)"
                        + " SELECT title_version_id, 0, '', COUNT(*) FROM insight_session WHERE title_version_id = ?1"
                        + " GROUP BY title_version_id").setParameter(1, titleVersionId).executeUpdate();
    }

    /** Runs a statement on one cell: the parameters it names among version, quarter, centre and region. */
    private void run(String sql, InsightCell c) {
        Query q = em.createNativeQuery(sql).setParameter("version", c.titleVersionId())
                .setParameter("quarter", c.quarterStart());
        if (sql.contains(":centre")) {
            q.setParameter("centre", c.centreId());
        }
        if (sql.contains(":region")) {
            q.setParameter("region", c.region());
        }
        q.executeUpdate();
    }

    private static java.time.LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }
}
