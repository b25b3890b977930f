package fr.titrepro.deliberation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.referential.SessionType;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.PdfText;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.decision;
import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The capitalisation path end to end, from what validation writes and nothing set by hand in between (DOMAIN
 * « Capitalisation and validity »; fiche TP-00496: the entretien final takes place at the session of the last
 * missing CCP): partial success at a session titre → livret; enrolment for the missing CCP only, with the
 * entretien final; CCP acquired → the title, the parchemin, the title obtained recorded, and no new session titre.
 */
@QuarkusTest
class CapitalisationChainResourceTest {

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures fixtures;

    @Test
    void aPartialSuccessCompletedAtACcpSessionGivesTheTitleAndTheParchemin() {
        // session titre: CCP 1 acquired, CCP 2 not — partial success, validated
        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario first = scoring.scenario().inCentreOf("centre").trainees(1)
                .startingOn(LocalDate.now().minusDays(20)).status(SessionStatus.DELIBERATION).create();
        long candidate = first.candidateIds().getFirst();
        fixtures.agree(first.sessionId(), first.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(first.sessionId(), first.enrolment(0), 2, Verdict.NOT_ACQUIRED);
        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(first, "/deliberation/" + first.enrolment(0)))
                .then().statusCode(200).body("outcome", equalTo("PARTIAL_SUCCESS"));
        as("jury").post(path(first, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(first, "/pv/signatures")).then().statusCode(200);
        as("admin").post(path(first, "/pv/validation")).then().statusCode(200);

        JsonPath record = as("centre").get("/api/candidates/" + candidate).then().statusCode(200).extract().jsonPath();
        assertThat(record.getList("heldCcps.ccpNumber", Integer.class)).containsExactly(1);
        assertThat(record.getList("heldCcps.sessionId", Long.class)).containsExactly(first.sessionId());
        assertThat(record.getList("obtainedTitles")).isEmpty();
        Map<String, Object> livret = document(candidate, "LIVRET");
        assertThat(livret.get("status")).isEqualTo("VALID");
        String livretText = PdfText.text(as("admin").get("/api/documents/" + livret.get("code") + "/pdf")
                .then().statusCode(200).extract().asByteArray());
        assertThat(livretText).contains("CCP 1").contains("CCP 2");

        // a session CCP for the missing CCP: the centre enrols the candidate, the rules propose CCP 2 and the EF
        LocalDate day = LocalDate.now().plusDays(30);
        long second = sessions.plannedSession("centre", SessionType.CCP, day, day, 10, 2);
        as("centre").contentType("application/json").body(Map.of("candidateId", candidate, "ccpNumbers", List.of(1, 2)))
                .post("/api/sessions/" + second + "/enrolments").then().statusCode(422)
                .body("errors.field", hasItem("ccp-session"));
        long enrolment = as("centre").contentType("application/json").body(Map.of("candidateId", candidate))
                .post("/api/sessions/" + second + "/enrolments").then().statusCode(201)
                .body("ccpNumbers", equalTo(List.of(2))).body("finalInterview", equalTo(true))
                .extract().jsonPath().getLong("id");
        sessions.seat(second, scoring.juror("jury"));
        sessions.seat(second, scoring.juror("jury2"));
        // the session day comes (dates moved, the API refuses past dates), the jury agrees CCP 2 and deliberates
        sessions.moveDates(second, LocalDate.now().minusDays(2), LocalDate.now().minusDays(2));
        sessions.forceStatus(second, SessionStatus.DELIBERATION);
        fixtures.agree(second, enrolment, 2, Verdict.ACQUIRED);
        String secondPath = "/api/sessions/" + second;
        as("jury").get(secondPath + "/deliberation").then().statusCode(200)
                .body("candidates[0].agreedCcpDecisions.2", equalTo("ACQUIRED"));
        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(secondPath + "/deliberation/" + enrolment)
                .then().statusCode(200).body("outcome", equalTo("FULL_SUCCESS"))
                .body("acquiredNow", equalTo(List.of(2))).body("heldAfter", equalTo(List.of(1, 2)));
        as("jury").post(secondPath + "/pv/signatures").then().statusCode(200);
        as("jury2").post(secondPath + "/pv/signatures").then().statusCode(200);
        as("admin").post(secondPath + "/pv/validation").then().statusCode(200);

        // what validation wrote: both CCPs held (each from its session), the title obtained, the parchemin
        record = as("centre").get("/api/candidates/" + candidate).then().statusCode(200).extract().jsonPath();
        assertThat(record.getList("heldCcps.ccpNumber", Integer.class)).containsExactlyInAnyOrder(1, 2);
        assertThat(record.getList("heldCcps.sessionId", Long.class))
                .containsExactlyInAnyOrder(first.sessionId(), second);
        assertThat(record.getList("obtainedTitles.titleCode", String.class)).containsExactly(SessionFixtures.TRI);
        assertThat(record.getList("obtainedTitles.sessionId", Long.class)).containsExactly(second);
        Map<String, Object> parchemin = document(candidate, "PARCHEMIN");
        assertThat(parchemin.get("status")).isEqualTo("VALID");
        assertThat(parchemin.get("outcome")).isEqualTo("Titre professionnel obtenu");
        io.restassured.RestAssured.given().accept("application/json").get("/verify/" + parchemin.get("code"))
                .then().statusCode(200).body("status", equalTo("VALID"));

        // the title is held: no new session titre for it (the history comes from the validated outcomes)
        long third = sessions.plannedSession("centre", SessionType.TITLE, day.plusDays(10), day.plusDays(11), 10);
        as("centre").contentType("application/json").body(Map.of("candidateId", candidate))
                .post("/api/sessions/" + third + "/enrolments").then().statusCode(422)
                .body("detail", containsString("Titre déjà obtenu"));
    }

    /** The candidate's latest document of that kind in the register (the administration's view). */
    static Map<String, Object> document(long candidateId, String kind) {
        List<Map<String, Object>> items = as("admin").get("/api/documents?size=200&search=" + candidateName(candidateId))
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .filter(d -> kind.equals(d.get("kind")) && ((Number) d.get("candidateId")).longValue() == candidateId)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("pas de " + kind + " pour " + candidateId));
    }

    static String candidateName(long candidateId) {
        return as("admin").get("/api/candidates/" + candidateId).then().statusCode(200).extract().jsonPath()
                .getString("birthName");
    }
}
