package fr.titrepro.scoring;

import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static fr.titrepro.support.ScoringFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Issue 11, finding 3, through the API: one juror never decides alone (DOMAIN "Centres, jurors": the jury must still
 * have two members for a candidate at every decision about them, not only when the session starts; Arrêté du 21
 * juillet 2016). A conflict declared after the start leaves a candidate with one juror: the reconciliation of that
 * candidate is refused, the session says so, and the centre adds a habilitated juror who scores, after which the
 * reconciliation works again.
 */
@QuarkusTest
class ReconciliationQuorumResourceTest {

    static final String PAGE_STAFF = "t11-centre-quorum";

    @Inject
    ScoringFixtures fixtures;

    @Inject
    SessionFixtures sessions;

    @Inject
    CandidateRepository candidates;

    static Map<String, Object> decision(String part, String scope, String subject, String decision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("partKey", part);
        d.put("scope", scope);
        d.put("subjectKey", subject);
        d.put("decision", decision);
        d.put("reason", null);
        return d;
    }

    /** Every competency of CCP1 acquired, then CCP1. */
    static Map<String, Object> ccp1Acquired() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String c : List.of("C1", "C2", "C3", "C4", "T1")) {
            list.add(decision("CCP1", "COMPETENCY", c, "ACQUIRED"));
        }
        list.add(decision("CCP1", "CCP", null, "ACQUIRED"));
        return Map.of("decisions", list);
    }

    static void scoreAll(String login, ScoringFixtures.Scenario s, int candidate) {
        for (long grid : ScoringFixtures.gridIds(login, s, candidate)) {
            ScoringFixtures.fillAndSubmit(login, grid, k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        }
    }

    /** Far enough ahead that the shared jurors sit on no other test session then (the overlap rule holds). */
    static LocalDate someDayAhead() {
        return LocalDate.now().plusDays(400 + ThreadLocalRandom.current().nextInt(300));
    }

    @Test
    void aLateConflictLeavesOneJuror_reconciliationRefusedUntilTheCentreAddsAJurorWhoScores() {
        ScoringFixtures.Scenario s = fixtures.scenario().inCentreOf("centre").trainees(2).startingOn(someDayAhead())
                .create();
        String session = "/api/sessions/" + s.sessionId();
        long candidateA = s.candidateIds().get(0);
        String nameA = candidates.findById(candidateA).fullName();
        for (int candidate = 0; candidate < 2; candidate++) {
            scoreAll("jury", s, candidate);
            scoreAll("jury2", s, candidate);
        }

        // after the start, jury2 declares a link with candidate A
        as("jury2").body(Map.of("jurorId", s.jurorIds().get("jury2"), "candidateId", candidateA, "kind", "TRAINER",
                        "note", "A formé le candidat")).post(session + "/conflicts").then().statusCode(201);

        // jury alone is left for A: the sheet says so, and any decision is refused with the rule
        String refusal = "Un juré ne décide jamais seul : pour " + nameA + ", il ne reste que 1 juré sans conflit "
                + "d'intérêts, il en faut au moins 2 pour la réconciliation des grilles. Le responsable de la session "
                + "doit ajouter un juré habilité au jury.";
        as("jury").get(s.reconciliationPath(0)).then().statusCode(200)
                .body("jurors", hasSize(1)).body("juryIncomplete", equalTo(refusal));
        as("jury").body(ccp1Acquired()).put(s.decisionsPath(0)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("detail", equalTo(refusal))
                .body("errors[0].field", equalTo("jury"));
        // jury2 takes no part in A's reconciliation
        as("jury2").body(ccp1Acquired()).put(s.decisionsPath(0)).then().statusCode(403);
        // candidate B keeps two jurors: reconciled as before
        as("jury").get(s.reconciliationPath(1)).then().statusCode(200).body("juryIncomplete", nullValue());
        as("jury").body(ccp1Acquired()).put(s.decisionsPath(1)).then().statusCode(200)
                .body("parts[0].agreed.decision", equalTo("ACQUIRED"));

        // the session says so, to the centre managing it and to its jurors
        as("centre").get(session).then().statusCode(200)
                .body("canAddJurors", equalTo(true))
                .body("incompleteJuries.candidateId", equalTo(List.of((int) candidateA)))
                .body("incompleteJuries[0].jurorsWithoutConflict", equalTo(1))
                .body("incompleteJuries[0].message",
                        startsWith("Jury incomplet pour " + nameA + " : un juré doit être ajouté. Un juré ne décide "
                                + "jamais seul"));
        as("jury").get(session).then().statusCode(200).body("incompleteJuries", hasSize(1));

        // the centre adds jury3, habilitated, while the session is in progress
        long jury3 = fixtures.juror("jury3");
        as("centre").post(session + "/jury/" + jury3).then().statusCode(200).body("jurorId", hasItem((int) jury3));
        as("centre").get(session).then().statusCode(200).body("incompleteJuries", empty());
        // two jurors without conflict again, but jury3 has not handed in yet
        as("jury").body(ccp1Acquired()).put(s.decisionsPath(0)).then().statusCode(422)
                .body("detail", containsString("Tous les jurés n'ont pas encore soumis"));

        // jury3 gets A's grids, from the same snapshot as the others, and scores them
        JsonPath theirs = as("jury3").get(s.gridsPath(0)).then().statusCode(200).extract().jsonPath();
        JsonPath mine = as("jury").get(s.gridsPath(0)).then().statusCode(200).extract().jsonPath();
        assertThat(theirs.getList("grids.sections.flatten().criteria.flatten().text"))
                .isEqualTo(mine.getList("grids.sections.flatten().criteria.flatten().text"));
        scoreAll("jury3", s, 0);

        as("jury").get(s.reconciliationPath(0)).then().statusCode(200)
                .body("juryIncomplete", nullValue()).body("ready", equalTo(true))
                .body("jurors.jurorId", not(hasItem(s.jurorIds().get("jury2").intValue())));
        as("jury").body(ccp1Acquired()).put(s.decisionsPath(0)).then().statusCode(200)
                .body("parts[0].agreed.decision", equalTo("ACQUIRED"));
    }

    @Test
    void noJurorJoinsAClosedSession() {
        ScoringFixtures.Scenario s = fixtures.scenario().inCentreOf("centre").startingOn(someDayAhead())
                .status(SessionStatus.CLOSED).create();
        as("centre").post("/api/sessions/" + s.sessionId() + "/jury/" + fixtures.juror("jury3")).then()
                .statusCode(409).body("detail", containsString("définitifs"));
        as("centre").get("/api/sessions/" + s.sessionId()).then().statusCode(200)
                .body("canAddJurors", equalTo(false)).body("incompleteJuries", empty());
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void theJurorsBoardWarnsOfTheCandidateLeftWithOneJuror() {
        ScoringFixtures.Scenario s = fixtures.scenario().trainees(2).create();
        String name = candidates.findById(s.candidateIds().get(0)).fullName();
        String other = candidates.findById(s.candidateIds().get(1)).fullName();
        fixtures.declareConflict(s.sessionId(), s.jurorIds().get("jury2"), s.candidateIds().get(0));
        String board = given().accept("text/html").get("/scoring").then().statusCode(200).extract().asString();
        assertThat(board).contains("Jury incomplet pour " + name + " : un juré doit être ajouté.")
                .doesNotContain("Jury incomplet pour " + other);
    }

    @Test
    @TestSecurity(user = PAGE_STAFF, roles = Roles.CENTRE)
    void theSessionPageWarnsAndOffersToAddAJurorOnceStarted() {
        ScoringFixtures.Scenario s = fixtures.scenario().inCentreOf(PAGE_STAFF).trainees(2).create();
        String name = candidates.findById(s.candidateIds().get(0)).fullName();
        fixtures.declareConflict(s.sessionId(), s.jurorIds().get("jury2"), s.candidateIds().get(0));
        long added = sessions.triJuror();

        String page = given().accept("text/html").get("/sessions/" + s.sessionId()).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("id=\"incomplete-juries\"")
                .contains("Jury incomplet pour " + name + " : un juré doit être ajouté.")
                .contains("Ajouter un membre habilité");
        assertThat(page).doesNotContain("Jury incomplet pour " + candidates.findById(s.candidateIds().get(1))
                .fullName());

        given().accept("text/html").contentType("application/x-www-form-urlencoded").formParam("jurorId", added)
                .redirects().follow(false)
                .post("/sessions/" + s.sessionId() + "/jury").then().statusCode(303);
        assertThat(given().accept("text/html").get("/sessions/" + s.sessionId()).then().statusCode(200)
                .extract().asString()).doesNotContain("Jury incomplet pour");
    }
}
