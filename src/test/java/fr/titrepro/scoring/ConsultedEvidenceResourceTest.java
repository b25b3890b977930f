package fr.titrepro.scoring;

import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.ScoringFixtures.as;
import static fr.titrepro.support.ScoringFixtures.consultation;
import static fr.titrepro.support.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 11, finding 6, through the API: per CCP the jury decides from the épreuves of the RC; the dossier
 * professionnel and (training candidates only) the ECF results are evidence it consults, not pass/fail items (fiche
 * TP-00496 l. 104-108; DOMAIN "Sessions and evaluation"); the entretien final serves the title decision only (fiche
 * l. 94, 110), so no CCP grid holds it.
 */
@QuarkusTest
class ConsultedEvidenceResourceTest {

    @Inject
    ScoringFixtures fixtures;

    static Map<String, Object> decision(String part, String scope, String subject, String decision, String reason) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("partKey", part);
        d.put("scope", scope);
        d.put("subjectKey", subject);
        d.put("decision", decision);
        d.put("reason", reason);
        return d;
    }

    /** Every competency of CCP1 acquired, then the CCP. */
    static List<Map<String, Object>> ccp1(String ccpDecision, String ccpReason) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String c : List.of("C1", "C2", "C3", "C4", "T1")) {
            list.add(decision("CCP1", "COMPETENCY", c, "ACQUIRED", null));
        }
        list.add(decision("CCP1", "CCP", null, ccpDecision, ccpReason));
        return list;
    }

    static long dpLine(String login, long grid) {
        return as(login).get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath()
                .getLong("sections.find { it.key == 'DP' }.criteria[0].id");
    }

    @Test
    void aCcpGridHasNoEntretienFinalLine_theDpIsConsultedNeverScored() {
        // a session titre: the enrolment includes the entretien final
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        JsonPath g = as("jury").get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath();
        assertThat(g.getList("sections.kind")).doesNotContain("FINAL_INTERVIEW");
        assertThat(g.getList("sections.criteria.flatten().key")).doesNotContain("EF");
        assertThat(g.getList("sections.criteria.flatten().text").toString()).doesNotContain("Entretien final");
        assertThat(g.getBoolean("sections.find { it.key == 'DP' }.consulted")).isTrue();
        assertThat(g.getBoolean("sections.find { it.key == 'EPR' }.scored")).isTrue();

        long dp = g.getLong("sections.find { it.key == 'DP' }.criteria[0].id");
        String url = "/api/grids/" + grid + "/criteria/" + dp;
        // a met / not met score on the DP is refused, naming the rule
        as("jury").body(score("NOT_MET", "Dossier léger", 0)).put(url).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("errors[0].field", equalTo("value"))
                .body("detail", containsString("élément que le jury consulte"));
        // « consulté », with an observation; replayed: nothing new
        as("jury").body(consultation(true, "Dossier complet, annexes fournies", 0)).put(url + "/consultation")
                .then().statusCode(200)
                .body("consulted", equalTo(true)).body("value", nullValue())
                .body("observation", equalTo("Dossier complet, annexes fournies")).body("version", equalTo(1));
        as("jury").body(consultation(true, "Dossier complet, annexes fournies", 0)).put(url + "/consultation")
                .then().statusCode(200).body("version", equalTo(1));
        // from a stale version with other content: 409 with the current state
        as("jury").body(consultation(false, null, 0)).put(url + "/consultation").then().statusCode(409)
                .body("current.consulted", equalTo(true));
        // a scored line is not « consulted »
        long criterion = g.getLong("sections[0].criteria[0].id");
        as("jury").body(consultation(true, null, 0)).put("/api/grids/" + grid + "/criteria/" + criterion
                + "/consultation").then().statusCode(422).body("errors[0].field", equalTo("consulted"));
    }

    @Test
    void aDpNotConsultedOrLeftEmptyNeverBlocksTheGridNorWeighsOnTheCcp() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        List<Long> mine = ScoringFixtures.gridIds("jury", s, 0);
        List<Long> theirs = ScoringFixtures.gridIds("jury2", s, 0);
        // jury: DP « non consulté »; jury2: DP left empty
        as("jury").body(consultation(false, "Non remis au jury", 0))
                .put("/api/grids/" + mine.getFirst() + "/criteria/" + dpLine("jury", mine.getFirst())
                        + "/consultation").then().statusCode(200).body("consulted", equalTo(false));
        for (long grid : mine) {
            ScoringFixtures.fillAndSubmit("jury", grid, k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        }
        for (long grid : theirs) {
            ScoringFixtures.fillAndSubmit("jury2", grid, k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        }

        JsonPath sheet = as("jury").get(s.reconciliationPath(0)).then().statusCode(200)
                .body("ready", equalTo(true)).body("juryIncomplete", nullValue())
                .body("parts[0].divergent", equalTo(false))
                .extract().jsonPath();
        assertThat(sheet.getBoolean("parts[0].evidence.find { it.key == 'DP' }.consulted")).isTrue();
        assertThat(sheet.getBoolean("parts[0].evidence.find { it.key == 'DP' }.divergent")).isFalse();
        assertThat(sheet.getList("parts[0].evidence.find { it.key == 'DP' }.lines[0].scores.consulted"))
                .containsExactly(false, null);
        // nothing diverged and nothing is against: acquiring the CCP needs no reason
        assertThat(sheet.getBoolean("parts[0].reasonIfAcquired")).isFalse();
        // refusing it would go against the competencies and the épreuves: the DP is no ground of its own
        as("jury").body(Map.of("decisions", ccp1("NOT_ACQUIRED", null))).put(s.decisionsPath(0)).then()
                .statusCode(422).body("errors[0].field", equalTo("decisions[5].reason"))
                .body("errors[0].message", containsString("va contre"));
        as("jury").body(Map.of("decisions", ccp1("ACQUIRED", null))).put(s.decisionsPath(0)).then()
                .statusCode(200)
                .body("parts[0].agreed.decision", equalTo("ACQUIRED"))
                .body("parts[0].agreed.againstCriteria", equalTo(false))
                .body("parts[0].agreed.divergent", equalTo(false));
    }

    @Test
    void aGridMadeBeforeIsReadTolerantly_itsEntretienFinalIgnored_itsDpNoEvidenceAgainst() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        List<Long> mine = ScoringFixtures.gridIds("jury", s, 0);
        List<Long> theirs = ScoringFixtures.gridIds("jury2", s, 0);
        fixtures.makeLegacy(mine.getFirst());
        fixtures.makeLegacy(theirs.getFirst());

        JsonPath g = as("jury").get("/api/grids/" + mine.getFirst()).then().statusCode(200).extract().jsonPath();
        assertThat(g.getList("sections.key")).doesNotContain("EF");
        assertThat(g.getLong("total")).isEqualTo(16 + 2 + 3);
        // its legacy line is not scored any more
        as("jury").body(score("MET", null, 0)).put("/api/grids/" + mine.getFirst() + "/criteria/"
                        + dpLine("jury", mine.getFirst())).then().statusCode(422);

        for (long grid : mine) {
            ScoringFixtures.fillAndSubmit("jury", grid, k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        }
        for (long grid : theirs) {
            ScoringFixtures.fillAndSubmit("jury2", grid, k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        }
        JsonPath sheet = as("jury").get(s.reconciliationPath(0)).then().statusCode(200)
                .body("parts[0].divergent", equalTo(false)).extract().jsonPath();
        assertThat(sheet.getList("parts[0].evidence.key")).doesNotContain("EF");
        as("jury").body(Map.of("decisions", ccp1("ACQUIRED", null))).put(s.decisionsPath(0)).then()
                .statusCode(200).body("parts[0].agreed.againstCriteria", equalTo(false));
    }
}
