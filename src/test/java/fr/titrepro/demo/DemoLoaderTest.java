package fr.titrepro.demo;

import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.scoring.EvaluationGridRepository;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * The run command's demo (issue 17: one loader; issue 19: the quality dashboard's history), loaded at the start of
 * this profile as the run command loads it, seen through the demo logins; then loaded twice more.
 */
@QuarkusTest
@TestProfile(DemoLoaderTest.Demo.class)
class DemoLoaderTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("titrepro.demo.enabled", "true");
        }
    }

    @Inject
    DemoLoader loader;

    @Inject
    CandidateRepository candidates;

    @Inject
    CentreRepository centres;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    JurorRepository jurors;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    AgreedDecisionRepository decisions;

    @Inject
    EntityManager em;

    @Test
    void twoCentresTheirCandidatesAndTheDemoLogins() {
        as("centre").get("/api/centres").then().statusCode(200)
                .body("items[0].name", equalTo("Rhône Formation Numérique"))
                .body("items[0].city", equalTo("Lyon"))
                .body("items[0].approvedTitles", equalTo(List.of("TP-00496")));
        as("centre2").get("/api/centres").then().statusCode(200)
                .body("items[0].name", equalTo("Atlantique Compétences Réseaux"))
                .body("items[0].city", equalTo("Nantes"));
        as("centre").get("/api/candidates?query=Martin").then().statusCode(200)
                .body("items.fullName", hasItem("MARTIN Lucas Pierre"));
        as("centre").get("/api/candidates?query=Haddad").then()
                .body("items.fullName", hasItem("HADDAD Karim"));
        as("centre2").get("/api/candidates?query=Petit").then().statusCode(200)
                .body("items.fullName", hasItems("PETIT Emma Louise"));
        as("candidat").get("/api/me/candidate").then().statusCode(200)
                .body("fullName", equalTo("MARTIN Lucas Pierre")).body("pathway", equalTo("TRAINING"));
        as("candidat2").get("/api/me/candidate").then().statusCode(200)
                .body("fullName", equalTo("PETIT Emma Louise"));
        long karim = as("centre").get("/api/candidates?query=Haddad").then()
                .body("items[0].pathway", equalTo("PARTIAL")).body("items[0].heldCcps", equalTo(1))
                .extract().<Number>path("items[0].id").longValue();
        as("centre").get("/api/candidates/" + karim).then()
                .body("heldCcps[0].titleCode", equalTo("TP-00496")).body("heldCcps[0].ccpNumber", equalTo(1));
        as("centre").get("/api/candidates?query=Bernard").then().body("items[0].accommodations", equalTo(true));
    }

    /** The demo logins' current sessions are those of before the history: scheduled, in progress, in deliberation. */
    @Test
    @Transactional
    void theCurrentSessionsOfTheDemoLoginsAreUnchangedAndTheHistoryHasItsOwnJurors() {
        long lyon = centres.ofStaff("centre").orElseThrow().id;
        long nantes = centres.ofStaff("centre2").orElseThrow().id;
        assertThat(status(lyon, SessionJuryDemo.AUTHOR)).containsExactly(SessionStatus.SCHEDULED);
        assertThat(status(lyon, ScoringDemo.AUTHOR)).containsExactly(SessionStatus.IN_PROGRESS);
        assertThat(status(nantes, DeliberationDemo.AUTHOR)).containsExactly(SessionStatus.DELIBERATION);
        List<ExamSession> history = sessions.list("createdBy", InsightHistoryDemo.AUTHOR);
        assertThat(history).hasSize(HistoryPlan.SESSIONS.size())
                .allMatch(s -> s.status == SessionStatus.VALIDATED)
                .allMatch(s -> s.endDate.isBefore(java.time.LocalDate.now().minusMonths(1)))
                .allSatisfy(s -> assertThat(s.activeEnrolments()).hasSizeBetween(12, 20))
                .allSatisfy(s -> assertThat(s.jury).extracting(m -> m.juror.username)
                        .allMatch(u -> u.startsWith("histo-")));
        assertThat(history).extracting(s -> s.centre.city).contains("Lyon", "Nantes", "Grenoble");
    }

    @Test
    void runningTheLoaderAgainCreatesNothing() {
        List<Long> before = counts();
        loader.load();
        loader.load();
        assertThat(counts()).isEqualTo(before);
    }

    /** Every table of the dashboard shows figures for a demo centre, its region and the nation (none under 10). */
    @Test
    void theDashboardShowsFiguresForADemoCentreAndForTheAdministration() {
        for (String centre : List.of("centre", "centre2")) {
            JsonPath results = as(centre).get("/api/insights/results").then().statusCode(200).extract().jsonPath();
            assertThat(results.getList("populations", String.class)).hasSize(3).startsWith("Mon centre")
                    .endsWith("National");
            assertThat(results.getList("tables[0].rows[0].cells.suppressed", Boolean.class))
                    .containsExactly(false, false, false);
            assertThat(results.getList("tables[1].rows.cells.suppressed.flatten()", Boolean.class)).contains(false);
            shown(as(centre).get("/api/insights/ccps"), 3);
            shown(as(centre).get("/api/insights/competencies?ccp=CCP1"), 3);
            shown(as(centre).get("/api/insights/criteria?ccp=CCP1&competency=C4"), 3);
            shown(as(centre).get("/api/insights/juries"), 1);
        }
        // Lyon and Grenoble share Auvergne-Rhône-Alpes: the region is more than the centre
        JsonPath lyon = as("centre").get("/api/insights/results").then().extract().jsonPath();
        assertThat(lyon.getList("populations", String.class)).contains("Région Auvergne-Rhône-Alpes");
        assertThat(lyon.getLong("tables[0].rows[0].cells[1].candidates"))
                .isGreaterThan(lyon.getLong("tables[0].rows[0].cells[0].candidates"));
        // some criteria are failed much more often than others
        JsonPath c4 = as("admin").get("/api/insights/criteria?ccp=CCP1&competency=C4").then().statusCode(200)
                .extract().jsonPath();
        double vpn = c4.getDouble("tables[0].rows.find { it.key == 'C4.2' }.cells[0].rate");
        double feature = c4.getDouble("tables[0].rows.find { it.key == 'C4.1' }.cells[0].rate");
        assertThat(vpn).isGreaterThan(feature + 10);
        JsonPath national = as("admin").get("/api/insights/results").then().statusCode(200).extract().jsonPath();
        assertThat(national.getList("tables[0].rows.cells.suppressed.flatten()", Boolean.class)).containsOnly(false);
        shown(as("admin").get("/api/insights/juries"), 1);
    }

    private static void shown(io.restassured.response.Response response, int populations) {
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        List<Boolean> firstRow = json.getList("tables[0].rows[0].cells.suppressed", Boolean.class);
        assertThat(firstRow).hasSizeGreaterThanOrEqualTo(populations).containsOnly(false);
    }

    private List<SessionStatus> status(long centreId, String author) {
        return sessions.list("centre.id = ?1 and createdBy = ?2", centreId, author).stream().map(s -> s.status)
                .toList();
    }

    private List<Long> counts() {
        return List.of(candidates.count(), centres.count(), sessions.count(), jurors.count(), grids.count(),
                decisions.count(), count("candidate_deliberation"), count("session_pv"), count("held_ccp"),
                count("issued_document"), count("vae_application"), count("insight_outcome"));
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
