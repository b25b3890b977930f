package fr.titrepro.candidate;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.RgpdFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import fr.titrepro.support.VaeFixtures;
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

/**
 * Issue 12, « RGPD export and erasure are incomplete »: a person with an enrolment, a conflict of interest, grids, a
 * jury decision, a (revoked) livret and a VAE application is exported with every capability's section, then erased
 * by the administration: each capability anonymises what it may and says why it keeps the rest.
 */
@QuarkusTest
class PersonalDataResourceTest {

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures deliberation;

    @Inject
    DocumentFixtures documents;

    @Inject
    RgpdFixtures rgpd;

    @Test
    void everyCapabilityExportsThePersonAndHandlesTheErasure() throws Exception {
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").jurors("jury", "jury2", "jury3")
                .trainees(1).conflict("jury2", 0).create();
        long id = s.candidateIds().getFirst();
        String birthName = as("admin").get("/api/candidates/" + id).then().statusCode(200).extract().path("birthName");

        // grids with the jurors' observations about the person
        for (long grid : ScoringFixtures.gridIds("jury", s, 0)) {
            ScoringFixtures.fillAndSubmit("jury", grid, key -> "NOT_MET", key -> "NOT_ACQUIRED", "NOT_ACQUIRED");
        }
        // the jury's decision
        sessions.forceStatus(s.sessionId(), SessionStatus.DELIBERATION);
        deliberation.agree(s.sessionId(), s.enrolment(0), 1, Verdict.NOT_ACQUIRED);
        deliberation.agree(s.sessionId(), s.enrolment(0), 2, Verdict.NOT_ACQUIRED);
        as("jury").body(decision("PRESENT", "HELD_UNFAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(0)))
                .then().statusCode(200);
        // a livret of an earlier CCP, revoked since (the CCP withdrawn)
        documents.hold(id, "TP-00496", "05", 1, LocalDate.of(2024, 6, 1), "Lyon");
        String code = documents.issueTriLivret(id, LocalDate.of(2024, 6, 1), "Lyon").code;
        as("admin").body(Map.of("reason", "Fraude établie")).post("/api/documents/" + code + "/revocation")
                .then().statusCode(200);
        rgpd.forgetHeldCcps(id);
        // a VAE application an adviser filed for the same person
        Map<String, Object> vae = VaeFixtures.eligibleTri(birthName);
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) vae.get("person");
        person.put("firstNames", "Lucie");
        person.put("birthDate", "1995-04-12");
        person.put("birthCommune", "Lille");
        person.put("birthDepartment", "59");
        String application = as("conseiller").body(vae).post("/api/vae/applications").then().statusCode(201)
                .extract().header("Location");
        rgpd.proposeVaeLink(Long.parseLong(application.substring(application.lastIndexOf('/') + 1)), id);

        JsonPath export = as("admin").get("/api/candidates/" + id + "/export").then().statusCode(200)
                .extract().jsonPath();
        assertThat(export.getString("identity.birthName")).isEqualTo(birthName);
        assertThat(export.getList("otherData.sessions.enrolments.sessionId", Long.class)).containsExactly(s.sessionId());
        assertThat(export.getList("otherData.sessions.conflictsOfInterest")).hasSize(1);
        assertThat(export.getList("otherData.scoring.grids.lines.flatten().observation", String.class))
                .anyMatch(o -> o != null && o.startsWith("Constat"));
        assertThat(export.getList("otherData.scoring.agreedDecisions")).hasSize(2);
        assertThat(export.getList("otherData.deliberation.decisions.attendance", String.class)).isNotEmpty();
        assertThat(export.getList("otherData.documents.code", String.class)).containsExactly(code);
        assertThat(export.getList("otherData.documents.holderName", String.class).getFirst()).containsIgnoringCase(birthName);
        assertThat(export.getList("otherData.vae.birthName", String.class)).containsExactly(birthName);
        assertThat(export.getList("otherData.vae.linkToRecord", String.class))
                .containsExactly("Rattachement proposé, à confirmer");
        assertThat(rgpd.observationsInGridHistory(id)).isNotEmpty();

        // not while the session is not over
        as("admin").delete("/api/candidates/" + id).then().statusCode(422)
                .body("detail", containsString("session"));
        sessions.forceStatus(s.sessionId(), SessionStatus.CLOSED);

        JsonPath erasure = as("admin").delete("/api/candidates/" + id).then().statusCode(200)
                .body("action", equalTo("ANONYMISE")).extract().jsonPath();
        assertThat(erasure.getList("statements.section", String.class))
                .containsExactly("candidate", "deliberation", "documents", "scoring", "sessions", "vae");
        assertThat(handling(erasure, "sessions")).isEqualTo("KEPT_ANONYMISED");
        assertThat(handling(erasure, "scoring")).isEqualTo("KEPT_ANONYMISED");
        assertThat(handling(erasure, "deliberation")).isEqualTo("KEPT");
        assertThat(handling(erasure, "documents")).isEqualTo("KEPT_ANONYMISED");
        assertThat(handling(erasure, "vae")).isEqualTo("KEPT_ANONYMISED");
        assertThat(detail(erasure, "deliberation")).contains("procès-verbal", "L. 211-4");
        assertThat(detail(erasure, "documents")).contains("révoquée");

        as("admin").get("/api/candidates/" + id + "/export").then().statusCode(404);
        String sections = rgpd.exportedSections(id);
        JsonPath after = JsonPath.from(sections);
        String everything = sections.toLowerCase();
        assertThat(everything).doesNotContain(birthName.toLowerCase()).doesNotContain("lucie").doesNotContain("1995-04-12")
                .doesNotContain("camille@example.org").doesNotContain("constat");
        assertThat(after.getList("sessions.conflictsOfInterest")).isEmpty();
        assertThat(after.getList("sessions.enrolments")).hasSize(1);
        assertThat(after.getList("scoring.grids.lines.flatten().score", String.class)).contains("NOT_MET");
        assertThat(after.getList("deliberation.decisions")).isNotEmpty();
        assertThat(after.getList("documents.holderName", String.class)).containsExactly("ANONYME");
        assertThat(after.getList("vae.birthName", String.class)).containsExactly("ANONYME");
        assertThat(after.getList("vae.email", String.class)).containsOnlyNulls();
        assertThat(after.getList("vae.linkToRecord", String.class)).containsExactly("Rattachement refusé");
        assertThat(rgpd.observationsInGridHistory(id)).isEmpty();
    }

    @Test
    void aCentreThatOnlyStopsFollowingGetsNoStatement() {
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(1).create();
        long id = s.candidateIds().getFirst();
        sessions.follow(id, sessions.centreOfStaff("centre2"));
        sessions.forceStatus(s.sessionId(), SessionStatus.CLOSED);
        as("centre").delete("/api/candidates/" + id).then().statusCode(200)
                .body("action", equalTo("STOP_FOLLOWING")).body("statements", equalTo(List.of()));
    }

    private static String handling(JsonPath erasure, String section) {
        return erasure.getString("statements.find { it.section == '" + section + "' }.handling");
    }

    private static String detail(JsonPath erasure, String section) {
        return erasure.getString("statements.find { it.section == '" + section + "' }.detail");
    }
}
