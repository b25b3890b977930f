package fr.titrepro.scoring;

import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.ScoringFixtures.as;
import static fr.titrepro.support.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** A juror's grids through the API, with real Keycloak tokens of jury, jury2 and jury3. */
@QuarkusTest
class GridResourceTest {

    @Inject
    ScoringFixtures fixtures;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    SessionFixtures sessions;

    @Test
    void triGridHasBothCcpsEveryCompetencyAndCriterionWithTheEvidence() {
        ScoringFixtures.Scenario s = fixtures.scenario().accommodations(33, "Secrétaire lecteur").create();
        JsonPath mine = as("jury").get(s.gridsPath(0)).then().statusCode(200)
                .body("candidate.accommodations", hasItem("Temps majoré de 33 %"))
                .body("candidate.accommodations", hasItem("Assistance : Secrétaire lecteur"))
                .body("sessionStatus", equalTo("IN_PROGRESS"))
                .body("reconciliationOpen", equalTo(false))
                .extract().jsonPath();

        assertThat(mine.getList("grids.partKey")).containsExactly("CCP1", "CCP2");
        assertThat(mine.getString("grids[0].title")).isEqualTo("CCP 1 – Intervenir sur un réseau IP");
        // the enrolment includes the entretien final (session titre): still no entretien final in a CCP grid
        assertThat(mine.getList("grids[0].sections.key"))
                .containsExactly("C1", "C2", "C3", "C4", "T1", "EPR", "DP", "ECF");
        assertThat(mine.getList("grids[1].sections.key"))
                .containsExactly("C5", "C6", "C7", "C8", "T1", "EPR", "DP", "ECF");

        List<Map<String, Object>> professional = mine.getList("grids.sections.flatten().findAll { it.kind == 'COMPETENCY' }");
        assertThat(professional).hasSize(8);
        int criteria = professional.stream().mapToInt(c -> ((List<?>) c.get("criteria")).size()).sum();
        assertThat(criteria).isEqualTo(31);
        assertThat(mine.getList("grids[0].sections[0].criteria.text")).containsExactly(
                "Les ressources distantes sont accessibles depuis la tablette ou le poste de travail",
                "Le téléphone permet d'effectuer un appel",
                "L'objet connecté est accessible",
                "Les mesures élémentaires de sécurité ont été respectées",
                "Les tests sont réalisés de manière logique");
        assertThat(mine.getList("grids[1].sections.find { it.key == 'T1' }.criteria.text")).containsExactly(
                "Les ressources distantes sont accessibles", "Les tests sont réalisés de manière logique");
        assertThat(mine.getList("grids[0].sections.find { it.key == 'EPR' }.criteria.key"))
                .containsExactly("EPR.MSP", "EPR.ENTRETIEN_TECHNIQUE", "EPR.QUESTIONNAIRE_PROFESSIONNEL");
        assertThat(mine.getList("grids[0].sections.findAll { it.consulted }.key")).containsExactly("DP", "ECF");
        assertThat(mine.getList("grids[0].sections.findAll { it.consulted }.kindLabel"))
                .containsOnly("Éléments consultés par le jury");
        assertThat(mine.getList("grids[0].sections.findAll { it.consulted }.scored")).containsOnly(false);
        // the total counts the scored lines: criteria and épreuves, not the consulted DP and ECF
        assertThat(mine.getLong("grids[0].total")).isEqualTo(16 + 2 + 3);
        assertThat(mine.getList("grids.sections.flatten().criteria.flatten().value")).containsOnlyNulls();

        // the whole jury's grids are generated at once, from the same snapshot
        assertThat(grids.of(s.enrolment(0), s.jurorIds().get("jury2"))).hasSize(2);
        JsonPath theirs = as("jury2").get(s.gridsPath(0)).then().statusCode(200).extract().jsonPath();
        assertThat(theirs.getList("grids.sections.flatten().criteria.flatten().text"))
                .isEqualTo(mine.getList("grids.sections.flatten().criteria.flatten().text"));
        assertThat(theirs.getList("grids.id")).doesNotContainAnyElementsOf(mine.getList("grids.id"));
    }

    @Test
    void vaeCandidateHasNoEcfAndASessionCcpHasNoFinalInterviewByDefault() {
        ScoringFixtures.Scenario s = fixtures.scenario().trainees(0).vaeCandidates(1).ccpSession(2).create();
        JsonPath mine = as("jury").get(s.gridsPath(0)).then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("grids.partKey")).containsExactly("CCP2");
        assertThat(mine.getList("grids[0].sections.key")).containsExactly("C5", "C6", "C7", "C8", "T1", "EPR", "DP");
    }

    @Test
    void aGridIsASnapshot_aLaterChangeOfTheReferentialAltersNoGrid() {
        String code = "TP-95" + (100 + System.nanoTime() % 900);
        as("admin").contentType("application/yaml").body(ReferentialFixtures.sampleTitleBytes(code, "Titre figé"))
                .post("/api/titles").then().statusCode(201);
        ScoringFixtures.Scenario s = fixtures.scenario().title(code, "01").create();
        JsonPath before = as("jury").get(s.gridsPath(0)).then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("grids[0].sections[0].criteria.text")).containsExactly("Critère A", "Critère B");

        String changed = ReferentialFixtures.sampleTitle(code, "Titre figé")
                .replace("[Critère A, Critère B]", "[Critère A reformulé, Critère B, Critère B2]");
        as("admin").contentType("application/yaml").body(changed.getBytes(StandardCharsets.UTF_8))
                .queryParam("replace", true).post("/api/titles").then().statusCode(200)
                .body("outcome", equalTo("REPLACED"));

        as("jury").get(s.gridsPath(0)).then().statusCode(200)
                .body("grids[0].sections[0].criteria.text", equalTo(List.of("Critère A", "Critère B")));
        // a juror who joins the jury afterwards scores the same snapshot as the others
        sessions.seat(s.sessionId(), fixtures.juror("jury3"));
        as("jury3").get(s.gridsPath(0)).then().statusCode(200)
                .body("grids[0].sections[0].criteria.text", equalTo(List.of("Critère A", "Critère B")))
                .body("grids[0].sections.key", equalTo(List.of("C1", "T1", "EPR", "DP", "ECF")));
    }

    @Test
    void savesAreIncrementalIdempotentAndAStaleSaveIsA409WithTheCurrentState() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        JsonPath g = as("jury").get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath();
        long line = g.getLong("sections[0].criteria[0].id");
        String url = "/api/grids/" + grid + "/criteria/" + line;

        as("jury").body(score("MET", "  Accès vérifié  ", 0)).put(url).then().statusCode(200)
                .body("value", equalTo("MET")).body("observation", equalTo("Accès vérifié"))
                .body("version", equalTo(1)).body("updatedBy", equalTo("jury"));
        // the same save replayed (a lost answer on a poor network): no conflict, no new version
        as("jury").body(score("MET", "Accès vérifié", 0)).put(url).then().statusCode(200)
                .body("version", equalTo(1));
        // another device, still on version 0, with other content: refused, current state returned
        as("jury").body(score("NOT_OBSERVED", null, 0)).put(url).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:conflict"))
                .body("current.value", equalTo("MET"))
                .body("current.version", equalTo(1))
                .body("current.observation", equalTo("Accès vérifié"))
                .body("current.updatedBy", equalTo("jury"));
        // based on the current version: accepted
        as("jury").body(score("NOT_OBSERVED", null, 1)).put(url).then().statusCode(200)
                .body("version", equalTo(2)).body("observation", nullValue());

        as("jury").body(score("NOT_MET", " ", 2)).put(url).then().statusCode(400)
                .body("errors.field", hasItem("observation"))
                .body("errors.message", hasItem(containsString("observation écrite est obligatoire")));
        as("jury").body(score("PEUT-ÊTRE", null, 2)).put(url).then().statusCode(400)
                .body("errors.field", hasItem("value"));
        as("jury").body(Map.of("value", "MET")).put(url).then().statusCode(400)
                .body("errors.field", hasItem("baseVersion"));
        as("jury").get("/api/grids/" + grid).then().body("sections[0].criteria[0].value", equalTo("NOT_OBSERVED"))
                .body("sections[0].criteria[0].version", equalTo(2));
    }

    @Test
    void nobodyElseReadsOrWritesAJurorsGrid() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        long line = as("jury").get("/api/grids/" + grid).then().extract().jsonPath()
                .getLong("sections[0].criteria[0].id");
        as("jury2").get("/api/grids/" + grid).then().statusCode(404)
                .body("detail", containsString("Aucune grille n° " + grid));
        as("jury2").body(score("MET", null, 0)).put("/api/grids/" + grid + "/criteria/" + line).then()
                .statusCode(404);
        as("jury2").get("/api/grids/" + grid + "/history").then().statusCode(404);
        // jury3 does not sit on this session
        as("jury3").get(s.gridsPath(0)).then().statusCode(404);
        // a centre is not a juror
        as("centre").get(s.gridsPath(0)).then().statusCode(403);
    }

    @Test
    void aConflictedJurorIsRefusedAndGetsNoGrid() {
        ScoringFixtures.Scenario s = fixtures.scenario().jurors("jury", "jury2", "jury3").trainees(2)
                .conflict("jury2", 0).create();
        as("jury2").get(s.gridsPath(0)).then().statusCode(403)
                .body("detail", containsString("déclaré un lien avec ce candidat"));
        ScoringFixtures.gridIds("jury", s, 0);
        assertThat(grids.of(s.enrolment(0), s.jurorIds().get("jury2"))).isEmpty();
        assertThat(grids.of(s.enrolment(0), s.jurorIds().get("jury3"))).hasSize(2);
        // the other candidate is scored by jury2 as usual
        as("jury2").get(s.gridsPath(1)).then().statusCode(200);

        // a link declared after the grids were made: the grid is closed to that juror
        long grid = ScoringFixtures.gridIds("jury3", s, 1).getFirst();
        long line = as("jury3").get("/api/grids/" + grid).then().extract().jsonPath()
                .getLong("sections[0].criteria[0].id");
        fixtures.declareConflict(s.sessionId(), s.jurorIds().get("jury3"), s.candidateIds().get(1));
        as("jury3").body(score("MET", null, 0)).put("/api/grids/" + grid + "/criteria/" + line).then()
                .statusCode(403);
    }

    @Test
    void scoringIsOpenOnlyWhileTheSessionIsInProgressOrInDeliberation() {
        ScoringFixtures.Scenario s = fixtures.scenario().status(SessionStatus.SCHEDULED).create();
        as("jury").get(s.gridsPath(0)).then().statusCode(422)
                .body("detail", containsString("La notation s'ouvre quand la session commence"));

        fixtures.setStatus(s.sessionId(), SessionStatus.IN_PROGRESS);
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        String url = "/api/grids/" + grid + "/criteria/" + as("jury").get("/api/grids/" + grid).then().extract()
                .jsonPath().getLong("sections[0].criteria[0].id");
        as("jury").body(score("MET", null, 0)).put(url).then().statusCode(200);

        fixtures.setStatus(s.sessionId(), SessionStatus.DELIBERATION);
        as("jury").body(score("NOT_OBSERVED", null, 1)).put(url).then().statusCode(200);

        fixtures.setStatus(s.sessionId(), SessionStatus.CLOSED);
        as("jury").body(score("MET", null, 2)).put(url).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("detail", containsString("La session est close"));
        as("jury").get(s.gridsPath(0)).then().statusCode(422);
        as("jury").get("/api/grids/" + grid).then().statusCode(422);
        as("jury").post("/api/grids/" + grid + "/submit").then().statusCode(422);

        fixtures.setStatus(s.sessionId(), SessionStatus.VALIDATED);
        as("jury").body(score("MET", null, 2)).put(url).then().statusCode(422);
        assertThat(grids.findById(grid).criteria().filter(c -> c.score != null).count()).isEqualTo(1);
    }

    @Test
    void aGridIsHandedInOnlyComplete_thenFrozen() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        List<Long> ids = ScoringFixtures.gridIds("jury", s, 0);
        as("jury").post("/api/grids/" + ids.getFirst() + "/submit").then().statusCode(422)
                .body("detail", containsString("n'est pas complète"))
                .body("errors.field", hasItem("criteria.C1.1"))
                .body("errors.field", hasItem("competencies.C1"))
                .body("errors.field", hasItem("proposedDecision"));

        ScoringFixtures.fillAndSubmit("jury", ids.getFirst(), key -> "MET", key -> "ACQUIRED", "ACQUIRED");
        JsonPath g = as("jury").get("/api/grids/" + ids.getFirst()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().jsonPath();
        assertThat(g.getString("submittedAt")).isNotNull();
        as("jury").body(score("NOT_OBSERVED", null, 1))
                .put("/api/grids/" + ids.getFirst() + "/criteria/" + g.getLong("sections[0].criteria[0].id"))
                .then().statusCode(422).body("detail", containsString("Vous avez soumis cette grille"));
        // handing it in again changes nothing
        as("jury").post("/api/grids/" + ids.getFirst() + "/submit").then().statusCode(200)
                .body("submittedAt", equalTo(g.getString("submittedAt")));
        // one grid handed in out of two: the reconciliation is still closed
        as("jury").get(s.gridsPath(0)).then().body("reconciliationOpen", equalTo(false));
        as("jury").get(s.reconciliationPath(0)).then().statusCode(403);
    }

    @Test
    void historyListsEveryChangeWithWhoWhenBeforeAndAfter() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        JsonPath g = as("jury").get("/api/grids/" + grid).then().extract().jsonPath();
        String url = "/api/grids/" + grid + "/criteria/" + g.getLong("sections[0].criteria[1].id");
        as("jury").body(score("MET", null, 0)).put(url).then().statusCode(200);
        as("jury").body(score("NOT_MET", "Appel impossible", 1)).put(url).then().statusCode(200);
        as("jury").body(Map.of("decision", "NOT_ACQUIRED", "baseVersion", 0))
                .put("/api/grids/" + grid + "/competencies/" + g.getLong("sections[0].id") + "/proposal")
                .then().statusCode(200).body("decision", equalTo("NOT_ACQUIRED")).body("version", equalTo(1));

        JsonPath history = as("jury").get("/api/grids/" + grid + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("kind")).containsExactly("SCORE", "SCORE", "COMPETENCY_PROPOSAL");
        assertThat(history.getList("key")).containsExactly("C1.2", "C1.2", "C1");
        assertThat(history.getList("before")).containsExactly(null, "MET", null);
        assertThat(history.getList("after")).containsExactly("MET", "NOT_MET", "NOT_ACQUIRED");
        assertThat(history.getList("afterObservation")).containsExactly(null, "Appel impossible", null);
        assertThat(history.getList("by")).containsOnly("jury");
        assertThat(history.getString("[0].subject")).isEqualTo("Le téléphone permet d'effectuer un appel");
        assertThat(history.getList("at")).doesNotContainNull();

        // the administration reads it too (audit)
        as("admin").get("/api/grids/" + grid + "/history").then().statusCode(200)
                .body("size()", equalTo(3));
    }
}
