package fr.titrepro.insights;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.InsightFixtures;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, second level of aggregates (migration V19_2_1, docs/insights.md): after each way the session rows are
 * written — a PV validated, an appeal re-validated, a rectified PV moving the session to another quarter, the
 * rebuild — every cell (title version, centre, quarter, region) and every region's rollup equals the sum of its
 * session rows, and the centres per title count their sessions.
 */
@QuarkusTest
class InsightCellsTest {

    @Inject
    InsightFixtures fixtures;

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures deliberation;

    @Test
    void theCellsEqualTheSumOfTheSessionRowsAfterValidationAppealQuarterMoveAndRebuild() {
        // a session with grids and competency decisions (criterion rows), in a quarter of its own, and a second
        // session of the same centre and quarter: one cell of two sessions
        LocalDate day = LocalDate.of(2017, 2, 10);
        fixtures.centreAt("centre", "59000");
        ScoringFixtures.Scenario graded = fixtures.validated("centre", "59000", day, InsightFixtures.twelve());
        ScoringFixtures.Scenario other = fixtures.validated("centre", "59000", day.plusDays(20),
                List.of(InsightFixtures.present("FULL_SUCCESS", "1=ACQUIRED;2=ACQUIRED", Verdict.ACQUIRED, "NOT_MET",
                        "NOT_MET", "MET")));
        assertCellsEqualSessionSums();
        // twelve(): 7 titles; the other session 1 more, in the same cell
        assertThat(fixtures.cellCandidates(graded.sessionId(), false, "FULL_SUCCESS")).isEqualTo(8);
        assertThat(fixtures.cellCandidates(graded.sessionId(), true, "FULL_SUCCESS")).isGreaterThanOrEqualTo(8);

        // a real PV validation, then an appeal that turns a partial success into a title, validated again
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").jurors("jury", "jury2").trainees(2)
                .status(SessionStatus.DELIBERATION).create();
        deliberation.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        deliberation.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        deliberation.agree(s.sessionId(), s.enrolment(1), 1, Verdict.ACQUIRED);
        deliberation.agree(s.sessionId(), s.enrolment(1), 2, Verdict.NOT_ACQUIRED);
        DeliberationFixtures.decideAllAndSign(s, 2);
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200);
        assertCellsEqualSessionSums();
        long titles = fixtures.cellCandidates(s.sessionId(), false, "FULL_SUCCESS");
        long partials = fixtures.cellCandidates(s.sessionId(), false, "PARTIAL_SUCCESS");
        long regionTitles = fixtures.cellCandidates(s.sessionId(), true, "FULL_SUCCESS");
        assertThat(partials).isGreaterThanOrEqualTo(1);

        appealTurnsThePartialSuccessIntoATitle(s);
        assertCellsEqualSessionSums();
        assertThat(fixtures.aggregated(s.sessionId(), "FULL_SUCCESS")).isEqualTo(2L);
        assertThat(fixtures.cellCandidates(s.sessionId(), false, "FULL_SUCCESS")).isEqualTo(titles + 1);
        assertThat(fixtures.cellCandidates(s.sessionId(), false, "PARTIAL_SUCCESS")).isEqualTo(partials - 1);
        assertThat(fixtures.cellCandidates(s.sessionId(), true, "FULL_SUCCESS")).isEqualTo(regionTitles + 1);

        // a rectified PV validated in another quarter: the session leaves its cell for the new quarter's
        fixtures.validatedAgainOn(graded.sessionId(), LocalDate.of(2017, 5, 3));
        assertCellsEqualSessionSums();
        assertThat(fixtures.cellCandidates(other.sessionId(), false, "FULL_SUCCESS")).isEqualTo(1);
        assertThat(fixtures.cellCandidates(graded.sessionId(), false, "FULL_SUCCESS")).isEqualTo(7);

        // the rebuild repairs cells written wrong
        fixtures.spoilCells();
        assertThat(fixtures.cellsAndSessionSums().values()).anyMatch(t -> !t.get(0).equals(t.get(1)));
        as("admin").post("/api/insights/rebuild").then().statusCode(200);
        assertCellsEqualSessionSums();
    }

    private void appealTurnsThePartialSuccessIntoATitle(ScoringFixtures.Scenario s) {
        Map<String, Object> appeal = new HashMap<>();
        appeal.put("enrolmentId", s.enrolment(1));
        appeal.put("receivedOn", FrenchDates.today().toString());
        appeal.put("motive", "Le candidat conteste la décision sur le CCP 2.");
        long appealId = as("admin").body(appeal).post(path(s, "/appeals")).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("jury").body(Map.of("ccpDecisions", Map.of("2", "ACQUIRED"), "reason",
                        "Réexamen du dossier : l'épreuve du CCP 2 a été perturbée par la panne."))
                .post(path(s, "/appeals/" + appealId + "/decision")).then().statusCode(200);
        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200);
    }

    private void assertCellsEqualSessionSums() {
        Map<String, List<List<String>>> tables = fixtures.cellsAndSessionSums();
        assertThat(tables.get("insight_cell_outcome").get(1)).as("cells written").isNotEmpty();
        assertThat(tables.get("insight_cell_criterion").get(1)).as("criterion cells written").isNotEmpty();
        tables.forEach((table, rows) -> assertThat(rows.get(1)).as(table).isEqualTo(rows.get(0)));
    }
}
