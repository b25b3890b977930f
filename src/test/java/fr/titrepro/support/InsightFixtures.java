package fr.titrepro.support;

import fr.titrepro.deliberation.pv.SessionPv;
import fr.titrepro.insights.InsightRefresher;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.AgreedDecision;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.scoring.reconciliation.DecisionChain;
import fr.titrepro.scoring.reconciliation.DecisionScope;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.audit.LinkHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 19: validated sessions with chosen results, written straight to the tables the deliberation and the scoring
 * fill (as {@link DeliberationFixtures} writes agreed decisions), then summed by the PV validation's own code
 * ({@link InsightRefresher#refresh}). Each present candidate has two submitted grids (one per juror) of CCP 1 with
 * competency C1 (criteria C1.1, C1.2) and the épreuve EPR.MSP, and the jury's decision on C1.
 */
@ApplicationScoped
public class InsightFixtures {

    /**
     * One candidate's result.
     *
     * @param ccps       the CCP decisions as the deliberation writes them: "1=ACQUIRED;2=NOT_ACQUIRED"
     * @param c1         the jury's last decision on competency C1 (null: absent, no grid)
     * @param c11, c12   the two jurors' scores of C1.1 and C1.2 (MET, NOT_MET, NOT_OBSERVED)
     */
    public record Sheet(String outcome, String ccps, Verdict c1, String[] c11, String[] c12) {
        public boolean present() {
            return c1 != null;
        }
    }

    public static Sheet present(String outcome, String ccps, Verdict c1, String c11a, String c11b, String c12) {
        return new Sheet(outcome, ccps, c1, new String[]{c11a, c11b}, new String[]{c12, c12});
    }

    public static Sheet absent() {
        return new Sheet("ABSENT", "", null, null, null);
    }

    /**
     * Twelve candidates of one session: 7 titles, 3 partial successes, 1 failure, 1 absent. CCP 1 acquired by 8 of
     * the 11 present, CCP 2 by 9; C1 by 8; C1.1 unanimously not met for 4, not observed for 1, divergent for 2;
     * C1.2 not met for 1.
     */
    public static List<Sheet> twelve() {
        String full = "1=ACQUIRED;2=ACQUIRED";
        List<Sheet> sheets = new ArrayList<>();
        // 0-3: title, C1.1 met; 4, 5: title, jurors diverged on C1.1; 6: title, C1.1 not observed by both
        for (int i = 0; i < 4; i++) {
            sheets.add(present("FULL_SUCCESS", full, Verdict.ACQUIRED, "MET", "MET", "MET"));
        }
        sheets.add(present("FULL_SUCCESS", full, Verdict.ACQUIRED, "MET", "NOT_MET", "MET"));
        sheets.add(present("FULL_SUCCESS", full, Verdict.ACQUIRED, "NOT_MET", "MET", "MET"));
        sheets.add(present("FULL_SUCCESS", full, Verdict.ACQUIRED, "NOT_OBSERVED", "NOT_OBSERVED", "MET"));
        // 7: CCP 1 only; 8, 9: CCP 2 only; 10: failure (C1.2 not met too); 11: absent
        sheets.add(present("PARTIAL_SUCCESS", "1=ACQUIRED;2=NOT_ACQUIRED", Verdict.ACQUIRED, "NOT_MET", "NOT_MET",
                "MET"));
        sheets.add(present("PARTIAL_SUCCESS", "1=NOT_ACQUIRED;2=ACQUIRED", Verdict.NOT_ACQUIRED, "NOT_MET",
                "NOT_MET", "MET"));
        sheets.add(present("PARTIAL_SUCCESS", "1=NOT_ACQUIRED;2=ACQUIRED", Verdict.NOT_ACQUIRED, "NOT_MET",
                "NOT_MET", "MET"));
        sheets.add(present("FAILURE", "1=NOT_ACQUIRED;2=NOT_ACQUIRED", Verdict.NOT_ACQUIRED, "NOT_MET",
                "NOT_MET", "NOT_MET"));
        sheets.add(absent());
        return sheets;
    }

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    EntityManager em;

    @Inject
    AgreedDecisionRepository decisions;

    @Inject
    InsightRefresher refresher;

    /**
     * Puts the centre of {@code staff} and its sessions' default site at this postal code: the region a centre is
     * compared with comes from its address, which other tests of the run may have edited.
     */
    public void centreAt(String staff, String postalCode) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE centre SET postal_code = ?1, city = ?2 WHERE id = ?3")
                .setParameter(1, postalCode).setParameter(2, "Ville " + postalCode)
                .setParameter(3, sessions.centreOfStaff(staff)).executeUpdate());
    }

    /** A session titre TRI of the centre of {@code staff} (or a new centre when null), validated on {@code day}. */
    public ScoringFixtures.Scenario validated(String staff, String sitePostalCode, LocalDate day, List<Sheet> sheets) {
        ScoringFixtures.ScenarioBuilder b = scoring.scenario().jurors("jury", "jury2").trainees(sheets.size())
                .status(SessionStatus.VALIDATED).startingOn(day.minusDays(3));
        ScoringFixtures.Scenario s = (staff == null ? b : b.inCentreOf(staff)).create();
        if (sitePostalCode != null) {
            sessions.siteIn(s.sessionId(), sitePostalCode, "Ville " + sitePostalCode);
        }
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> write(s, day, sheets));
        return s;
    }

    void write(ScoringFixtures.Scenario s, LocalDate day, List<Sheet> sheets) {
        Instant at = day.atTime(11, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        SessionPv pv = new SessionPv();
        pv.sessionId = s.sessionId();
        pv.pvDate = day;
        pv.pvVersion = 1;
        pv.contentHash = "0".repeat(64);
        pv.signedAt = at;
        pv.validatedAt = at;
        pv.validatedBy = "admin";
        em.persist(pv);
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            long enrolment = s.enrolment(i);
            long candidate = s.candidateIds().get(i);
            em.createNativeQuery("INSERT INTO candidate_deliberation (session_id, enrolment_id, candidate_id, version,"
                            + " current_version, attendance, ccp_decisions, acquired_now, held_after, computed_outcome,"
                            + " outcome, decided_by, decided_at) VALUES (?1, ?2, ?3, 1, TRUE, ?4, ?5, '', '', ?6, ?6,"
                            + " 'test', NOW(6))")
                    .setParameter(1, s.sessionId()).setParameter(2, enrolment).setParameter(3, candidate)
                    .setParameter(4, sheet.present() ? "PRESENT" : "ABSENT").setParameter(5, sheet.ccps())
                    .setParameter(6, sheet.outcome()).executeUpdate();
            if (!sheet.present()) {
                continue;
            }
            // a first, superseded decision: only the jury's last one counts
            agree(s.sessionId(), enrolment, sheet.c1() == Verdict.ACQUIRED ? Verdict.NOT_ACQUIRED : Verdict.ACQUIRED);
            agree(s.sessionId(), enrolment, sheet.c1());
            int juror = 0;
            for (long jurorId : s.jurorIds().values()) {
                grid(s.sessionId(), enrolment, candidate, jurorId, sheet.c11()[juror], sheet.c12()[juror]);
                juror++;
            }
        }
        em.flush();
        refresher.refresh(s.sessionId());
    }

    private void grid(long session, long enrolment, long candidate, long juror, String c11, String c12) {
        em.createNativeQuery("INSERT INTO evaluation_grid (session_id, enrolment_id, candidate_id, juror_id, part_key,"
                        + " ccp_number, title, status, created_at, version) VALUES (?1, ?2, ?3, ?4, 'CCP1', 1,"
                        + " 'CCP 1', 'SUBMITTED', NOW(6), 0)").setParameter(1, session).setParameter(2, enrolment)
                .setParameter(3, candidate).setParameter(4, juror).executeUpdate();
        long grid = lastId();
        long c1 = section(grid, 1, "COMPETENCY", "C1", "Compétence 1 – Installer le réseau");
        line(grid, c1, 1, "C1.1", "Le câblage respecte le plan", c11);
        line(grid, c1, 2, "C1.2", "Les tests sont réalisés de manière logique", c12);
        long epr = section(grid, 2, "ASSESSMENTS", "EPR", "Épreuves");
        line(grid, epr, 1, "EPR.MSP", "Mise en situation professionnelle", "NOT_MET");
    }

    private long section(long grid, int position, String kind, String key, String title) {
        em.createNativeQuery("INSERT INTO grid_section (grid_id, position, kind, section_key, title, version)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, 0)").setParameter(1, grid).setParameter(2, position)
                .setParameter(3, kind).setParameter(4, key).setParameter(5, title).executeUpdate();
        return lastId();
    }

    private void line(long grid, long section, int position, String key, String text, String score) {
        em.createNativeQuery("INSERT INTO grid_criterion (grid_id, section_id, position, item_key, text, score, version)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)").setParameter(1, grid).setParameter(2, section)
                .setParameter(3, position).setParameter(4, key).setParameter(5, text).setParameter(6, score)
                .executeUpdate();
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private void agree(long sessionId, long enrolmentId, Verdict verdict) {
        AgreedDecision d = new AgreedDecision();
        d.sessionId = sessionId;
        d.enrolmentId = enrolmentId;
        d.partKey = "CCP1";
        d.scope = DecisionScope.COMPETENCY;
        d.subjectKey = "C1";
        d.subject = "Compétence 1 – Installer le réseau";
        d.decision = verdict;
        d.divergent = false;
        d.againstCriteria = false;
        d.decidedBy = "test";
        d.decidedAt = LinkHash.truncate(Instant.now());
        d.previousHash = decisions.lastOf(sessionId).map(x -> x.hash).orElse(DecisionChain.GENESIS);
        d.hash = DecisionChain.hash(d.previousHash, d.content());
        decisions.persist(d);
        decisions.flush();
    }

    /** Candidates counted under {@code outcome} in the session's aggregates (null: no aggregate row). */
    @Transactional
    public Long aggregated(long sessionId, String outcome) {
        List<?> rows = em.createNativeQuery("SELECT candidates FROM insight_outcome WHERE session_id = ?1"
                + " AND outcome = ?2").setParameter(1, sessionId).setParameter(2, outcome).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.getFirst()).longValue();
    }

    /**
     * The second level of aggregates (migration V19_2_1) as the sum of the session rows says it must be: per table,
     * the rows expected (centre cells, then the regions' rollups with centre 0) and the rows found, as text, both
     * sorted. Empty differences: the cells equal the sums.
     */
    @Transactional
    public java.util.Map<String, List<List<String>>> cellsAndSessionSums() {
        String key = "s.title_version_id, %s, s.quarter_start, COALESCE(s.region, '')";
        java.util.Map<String, String[]> tables = new java.util.LinkedHashMap<>();
        tables.put("insight_cell_outcome", new String[]{"SELECT " + key + ", o.outcome, SUM(o.candidates)"
                + " FROM insight_session s JOIN insight_outcome o ON o.session_id = s.session_id GROUP BY 1, 2, 3, 4, 5",
                "title_version_id, centre_id, quarter_start, region, outcome, candidates"});
        tables.put("insight_cell_part", new String[]{"SELECT " + key + ", p.part_key, MAX(p.label), SUM(p.assessed),"
                + " SUM(p.acquired) FROM insight_session s JOIN insight_part p ON p.session_id = s.session_id"
                + " GROUP BY 1, 2, 3, 4, 5", "title_version_id, centre_id, quarter_start, region, part_key, label,"
                + " assessed, acquired"});
        tables.put("insight_cell_competency", new String[]{"SELECT " + key + ", c.part_key, c.competency_key,"
                + " MAX(c.label), SUM(c.assessed), SUM(c.acquired) FROM insight_session s JOIN insight_competency c"
                + " ON c.session_id = s.session_id GROUP BY 1, 2, 3, 4, 5, 6", "title_version_id, centre_id,"
                + " quarter_start, region, part_key, competency_key, label, assessed, acquired"});
        tables.put("insight_cell_criterion", new String[]{"SELECT " + key + ", c.part_key, c.criterion_key,"
                + " MAX(c.competency_key), MAX(c.label), MIN(c.position), SUM(c.assessed), SUM(c.not_met),"
                + " SUM(c.not_observed), SUM(c.divergent) FROM insight_session s JOIN insight_criterion c"
                + " ON c.session_id = s.session_id GROUP BY 1, 2, 3, 4, 5, 6", "title_version_id, centre_id,"
                + " quarter_start, region, part_key, criterion_key, competency_key, label, position, assessed,"
                + " not_met, not_observed, divergent"});
        java.util.Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        tables.forEach((table, sql) -> {
            List<String> expected = new ArrayList<>(texts(String.format(sql[0], "s.centre_id")));
            expected.addAll(texts(String.format(sql[0], "0")));
            out.put(table, List.of(sorted(expected), sorted(texts("SELECT " + sql[1] + " FROM " + table))));
        });
        List<String> titles = new ArrayList<>(texts("SELECT title_version_id, centre_id, MAX(centre_name), COUNT(*)"
                + " FROM insight_session GROUP BY 1, 2"));
        titles.addAll(texts("SELECT title_version_id, 0, '', COUNT(*) FROM insight_session GROUP BY 1"));
        out.put("insight_title_centre", List.of(sorted(titles), sorted(texts("SELECT title_version_id, centre_id,"
                + " centre_name, sessions FROM insight_title_centre"))));
        return out;
    }

    /** Candidates of the session's cell (centre, or with {@code rollup} its region's) under an outcome. */
    @Transactional
    public long cellCandidates(long sessionId, boolean rollup, String outcome) {
        List<?> rows = em.createNativeQuery("SELECT COALESCE(SUM(c.candidates), 0) FROM insight_session s"
                        + " JOIN insight_cell_outcome c ON c.title_version_id = s.title_version_id"
                        + " AND c.quarter_start = s.quarter_start AND c.region = COALESCE(s.region, '')"
                        + " AND c.centre_id = " + (rollup ? "0" : "s.centre_id")
                        + " WHERE s.session_id = ?1 AND c.outcome = ?2").setParameter(1, sessionId)
                .setParameter(2, outcome).getResultList();
        return ((Number) rows.getFirst()).longValue();
    }

    /** Moves the session's validation to another day (a rectified PV validated later), then its aggregates. */
    public void validatedAgainOn(long sessionId, LocalDate day) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            SessionPv pv = em.find(SessionPv.class, sessionId);
            pv.validatedAt = day.atTime(11, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
            em.flush();
            refresher.refresh(sessionId);
        });
    }

    /** Writes wrong figures into the cells (what the rebuild must repair). */
    public void spoilCells() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE insight_cell_outcome SET candidates = candidates + 7").executeUpdate();
            em.createNativeQuery("DELETE FROM insight_cell_criterion WHERE centre_id = 0").executeUpdate();
            em.createNativeQuery("UPDATE insight_title_centre SET sessions = 0").executeUpdate();
        });
    }

    private List<String> texts(String sql) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> java.util.Arrays.stream((Object[]) r)
                .map(v -> v instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(v))
                .collect(java.util.stream.Collectors.joining("|"))).toList();
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }
}
