package fr.titrepro.scoring;

import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.ScoringFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Independent scoring, the reconciliation view, the jury's decisions and their hash chain. */
@QuarkusTest
class ReconciliationResourceTest {

    @Inject
    ScoringFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> decision(String part, String scope, String subject, String decision, String reason) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("partKey", part);
        d.put("scope", scope);
        d.put("subjectKey", subject);
        d.put("decision", decision);
        d.put("reason", reason);
        return d;
    }

    static void submitAll(String login, ScoringFixtures.Scenario s, java.util.function.Function<String, String> lines,
                          java.util.function.Function<String, String> proposals) {
        for (long grid : ScoringFixtures.gridIds(login, s, 0)) {
            ScoringFixtures.fillAndSubmit(login, grid, lines, proposals, "ACQUIRED");
        }
    }

    @Test
    void eachJurorScoresAloneAndSeesTheOthersOnlyAfterHandingIn() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        List<Long> mine = ScoringFixtures.gridIds("jury", s, 0);
        List<Long> theirs = ScoringFixtures.gridIds("jury2", s, 0);
        ScoringFixtures.fillAndSubmit("jury2", theirs.getFirst(), k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        // jury cannot read jury2's grid, handed in or not, nor the reconciliation before handing in
        as("jury").get("/api/grids/" + theirs.getFirst()).then().statusCode(404);
        as("jury").get(s.reconciliationPath(0)).then().statusCode(403)
                .body("detail", containsString("après avoir soumis toutes vos grilles"));

        ScoringFixtures.fillAndSubmit("jury", mine.getFirst(), k -> k.equals("C2.3") ? "NOT_MET" : "MET",
                k -> "ACQUIRED", "ACQUIRED");
        as("jury").get(s.reconciliationPath(0)).then().statusCode(403);
        ScoringFixtures.fillAndSubmit("jury", mine.get(1), k -> "MET", k -> "ACQUIRED", "ACQUIRED");

        // open for jury; jury2 has handed in CCP1 only: their scores are not shown yet
        JsonPath view = as("jury").get(s.reconciliationPath(0)).then().statusCode(200)
                .body("ready", equalTo(false))
                .body("jurors.find { it.me }.submitted", equalTo(true))
                .body("jurors.find { !it.me }.submitted", equalTo(false))
                .extract().jsonPath();
        assertThat(view.getList("parts[0].competencies[0].criteria[0].scores")).hasSize(1);
        as("jury").body(Map.of("decisions", List.of(decision("CCP1", "COMPETENCY", "C1", "ACQUIRED", null))))
                .put(s.decisionsPath(0)).then().statusCode(422)
                .body("detail", containsString("Tous les jurés n'ont pas encore soumis"));
        as("jury2").get(s.reconciliationPath(0)).then().statusCode(403);

        ScoringFixtures.fillAndSubmit("jury2", theirs.get(1), k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        view = as("jury2").get(s.reconciliationPath(0)).then().statusCode(200).body("ready", equalTo(true))
                .extract().jsonPath();
        assertThat(view.getList("parts[0].competencies[0].criteria[0].scores")).hasSize(2);
        // the one divergence: C2.3, seen as such at criterion, competency and not at CCP level
        assertThat(view.getList("parts.competencies.flatten().criteria.flatten().findAll { it.divergent }.key"))
                .containsExactly("C2.3");
        assertThat(view.getList("parts[0].competencies.findAll { it.divergent }.key")).containsExactly("C2");
        assertThat(view.getBoolean("parts[0].divergent")).isFalse();
        assertThat(view.getString("parts[0].competencies.find { it.key == 'C2' }.criteria.find { it.key == 'C2.3' }"
                + ".scores.find { it.value == 'NOT_MET' }.observation")).isEqualTo("Constat : C2.3");
        assertThat(view.getString("parts[0].competencies.find { it.key == 'C1' }.indicated")).isEqualTo("ACQUIRED");
        assertThat(view.getBoolean("parts[0].competencies.find { it.key == 'C1' }.reasonIfNotAcquired")).isTrue();
        assertThat(view.getBoolean("parts[0].competencies.find { it.key == 'C1' }.reasonIfAcquired")).isFalse();
    }

    @Test
    void theJuryDecidesWithAReasonWhereItDivergedAndEveryDecisionIsChained() throws Exception {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        submitAll("jury", s, k -> "MET", k -> "ACQUIRED");
        submitAll("jury2", s, k -> k.equals("C1.2") ? "NOT_MET" : "MET",
                k -> k.equals("C1") ? "NOT_ACQUIRED" : "ACQUIRED");
        String verify = "/api/sessions/" + s.sessionId() + "/audit/verify";

        // C1 diverged: no reason, refused (and nothing written)
        as("jury").body(Map.of("decisions", List.of(decision("CCP1", "COMPETENCY", "C1", "ACQUIRED", " "))))
                .put(s.decisionsPath(0)).then().statusCode(422)
                .body("errors.field", hasItem("decisions[0].reason"))
                .body("errors.message", hasItem(containsString("divergé")));
        // a CCP before its competencies: refused
        as("jury").body(Map.of("decisions", List.of(decision("CCP1", "CCP", null, "ACQUIRED", null))))
                .put(s.decisionsPath(0)).then().statusCode(422)
                .body("errors.field", hasItem("decisions[0].decision"));
        // malformed: unknown part, scope, decision
        as("jury").body(Map.of("decisions", List.of(decision("CCP9", "COMPETENCY", "C1", "ACQUIRED", null),
                        decision("CCP1", "TITRE", "C1", "PEUT-ÊTRE", null))))
                .put(s.decisionsPath(0)).then().statusCode(400)
                .body("errors.field", hasItem("decisions[0].partKey"))
                .body("errors.field", hasItem("decisions[1].scope"))
                .body("errors.field", hasItem("decisions[1].decision"));
        as("admin").get(verify).then().statusCode(200).body("status", equalTo("OK")).body("records", equalTo(0));

        List<Map<String, Object>> ccp1 = new ArrayList<>();
        ccp1.add(decision("CCP1", "COMPETENCY", "C1", "ACQUIRED",
                "La configuration a été refaite devant le jury : critère 2 atteint au second essai."));
        for (String c : List.of("C2", "C3", "C4", "T1")) {
            ccp1.add(decision("CCP1", "COMPETENCY", c, "ACQUIRED", null));
        }
        ccp1.add(decision("CCP1", "CCP", null, "ACQUIRED", null));
        JsonPath sheet = as("jury").body(Map.of("decisions", ccp1)).put(s.decisionsPath(0)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(sheet.getString("parts[0].agreed.decision")).isEqualTo("ACQUIRED");
        assertThat(sheet.getBoolean("parts[0].competencies[0].agreed.divergent")).isTrue();
        assertThat(sheet.getString("parts[0].competencies[0].agreed.decidedBy")).isEqualTo("jury");
        assertThat(sheet.getBoolean("chainIntact")).isTrue();
        // chained, not yet anchored by a signed checkpoint (written at the PV signature or periodically)
        as("jury2").get(verify).then().statusCode(200).body("status", equalTo("UNSIGNED"))
                .body("records", equalTo(6));

        // the same decisions again: nothing new to chain
        as("jury2").body(Map.of("decisions", ccp1)).put(s.decisionsPath(0)).then().statusCode(200);
        as("jury2").get(verify).then().body("records", equalTo(6));

        // against the criteria (every criterion met): a reason is required, then the CCP needs one too
        as("jury2").body(Map.of("decisions", List.of(decision("CCP1", "COMPETENCY", "C3", "NOT_ACQUIRED", null))))
                .put(s.decisionsPath(0)).then().statusCode(422)
                .body("errors.message", hasItem(containsString("va contre les critères")));
        sheet = as("jury2").body(Map.of("decisions", List.of(decision("CCP1", "COMPETENCY", "C3", "NOT_ACQUIRED",
                        "Installation non conforme au schéma, relevée à l'entretien technique."))))
                .put(s.decisionsPath(0)).then().statusCode(200).extract().jsonPath();
        assertThat(sheet.getBoolean("parts[0].competencies.find { it.key == 'C3' }.agreed.againstCriteria")).isTrue();
        assertThat(sheet.getBoolean("parts[0].reasonIfAcquired")).isTrue();
        // chained but not yet anchored by a signed checkpoint (written at the PV signature or periodically)
        as("jury2").get(verify).then().body("status", equalTo("UNSIGNED")).body("records", equalTo(7))
                .body("chains.find { it.chain == 'SCORES' }.signedRecords", equalTo(0));

        // a row changed behind the application's back is found
        long tampered;
        try (Connection c = dataSource.getConnection();
             PreparedStatement find = c.prepareStatement(
                     "SELECT id FROM agreed_decision WHERE session_id = ? ORDER BY id LIMIT 1 OFFSET 2")) {
            find.setLong(1, s.sessionId());
            var rs = find.executeQuery();
            rs.next();
            tampered = rs.getLong(1);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE agreed_decision SET decision = 'NOT_ACQUIRED' WHERE id = ?")) {
                update.setLong(1, tampered);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }
        as("admin").get(verify).then().statusCode(200)
                .body("status", equalTo("BROKEN"))
                .body("firstBrokenId", equalTo((int) tampered))
                .body("message", containsString("n° " + tampered));
        as("jury").get(s.reconciliationPath(0)).then().body("chainIntact", equalTo(false));
        // another session's chain is not affected
        ScoringFixtures.Scenario other = fixtures.scenario().create();
        as("admin").get("/api/sessions/" + other.sessionId() + "/audit/verify").then()
                .body("status", equalTo("OK")).body("firstBrokenId", nullValue());
        // a juror who does not sit on the session does not even see it
        as("jury3").get(verify).then().statusCode(404);
    }

    @Test
    void aConflictedJurorIsNeitherAColumnNorAWaitedFor() {
        ScoringFixtures.Scenario s = fixtures.scenario().jurors("jury", "jury2", "jury3").conflict("jury3", 0)
                .create();
        submitAll("jury", s, k -> "MET", k -> "ACQUIRED");
        submitAll("jury2", s, k -> "MET", k -> "ACQUIRED");
        as("jury").get(s.reconciliationPath(0)).then().statusCode(200)
                .body("ready", equalTo(true))
                .body("jurors.size()", equalTo(2));
        as("jury3").get(s.reconciliationPath(0)).then().statusCode(403);
        as("jury3").body(Map.of("decisions", List.of(decision("CCP1", "COMPETENCY", "C1", "ACQUIRED", null))))
                .put(s.decisionsPath(0)).then().statusCode(403);
    }

    @Test
    void noDecisionOnceTheSessionIsClosed() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        submitAll("jury", s, k -> "MET", k -> "ACQUIRED");
        submitAll("jury2", s, k -> "MET", k -> "ACQUIRED");
        fixtures.setStatus(s.sessionId(), SessionStatus.CLOSED);
        as("jury").body(Map.of("decisions", List.of(decision("CCP1", "COMPETENCY", "C1", "ACQUIRED", null))))
                .put(s.decisionsPath(0)).then().statusCode(422).body("detail", containsString("close"));
        as("jury").get(s.reconciliationPath(0)).then().statusCode(422);
        // the chain stays verifiable
        as("admin").get("/api/sessions/" + s.sessionId() + "/audit/verify").then().statusCode(200)
                .body("status", equalTo("OK"));
    }
}
