package fr.titrepro.security;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue 12, « an administration log of sensitive actions, readable by admins »: an approval and a PV validation
 * write their entry in their own transaction; admins read and filter the log, nobody else does.
 */
@QuarkusTest
class AdminLogResourceTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    @Inject
    SessionFixtures sessions;

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures fixtures;

    @Test
    void anApprovalAndAPvValidationAreLoggedAndOnlyAdminsReadTheLog() {
        long centre = sessions.centre("Centre journal " + SessionFixtures.unique());
        Map<String, Object> approval = new HashMap<>(Map.of("titleCode", "TP-00496", "siteAddressLine",
                "2 rue du Site", "sitePostalCode", "69007", "siteCity", "Lyon", "validFrom", "2025-01-01",
                "validUntil", "2030-12-31"));
        long approvalId = as("admin").body(approval).post("/api/centres/" + centre + "/approvals").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("admin").queryParam("action", "CENTRE_APPROVAL_ADDED").queryParam("from", TODAY).queryParam("to", TODAY)
                .get("/api/admin/log").then().statusCode(200)
                .body("items.action", everyItem(equalTo("CENTRE_APPROVAL_ADDED")))
                .body("items.find { it.subjectId == " + centre + " }.actor", equalTo("admin"))
                .body("items.find { it.subjectId == " + centre + " }.subjectType", equalTo("CENTRE"))
                .body("items.find { it.subjectId == " + centre + " }.detail",
                        equalTo("agrément n° " + approvalId + " (TP-00496)"))
                .body("items.find { it.subjectId == " + centre + " }.actionLabel", equalTo("Agrément de centre"));

        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(1)
                .status(SessionStatus.DELIBERATION).create();
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        DeliberationFixtures.decideAllAndSign(s, 1);
        as("admin").get("/api/admin/log?action=PV_VALIDATED&size=100").then().statusCode(200)
                .body("items.subjectId", not(hasItem((int) s.sessionId())));
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200);
        as("admin").get("/api/admin/log?action=PV_VALIDATED&size=100").then().statusCode(200)
                .body("items.find { it.subjectId == " + s.sessionId() + " }.subjectType", equalTo("SESSION"))
                .body("items.find { it.subjectId == " + s.sessionId() + " }.detail", equalTo("PV version 1"))
                .body("total", greaterThanOrEqualTo(1));
        // the validation also anchored the chains
        as("admin").get("/api/sessions/" + s.sessionId() + "/audit/verify").then().body("status", equalTo("OK"));

        // nobody else reads it
        as("centre").get("/api/admin/log").then().statusCode(403);
        as("jury").get("/api/admin/log").then().statusCode(403);
        as("candidat").get("/api/admin/log").then().statusCode(403);
        given().get("/api/admin/log").then().statusCode(401);
    }

    @Test
    void aHabilitationGrantedAndWithdrawnIsLoggedAndARefusedOneIsNot() {
        long juror = sessions.juror("log-jury-" + SessionFixtures.unique(), 5, null, null, null);
        as("admin").body(Map.of("titleCode", "TP-99999", "validFrom", "2026-01-01", "validUntil", "2028-12-31"))
                .post("/api/jurors/" + juror + "/habilitations").then().statusCode(422);
        as("admin").get("/api/admin/log?action=JUROR_HABILITATION_ADDED&size=100").then().statusCode(200)
                .body("items.subjectId", not(hasItem((int) juror)));
        int habilitation = as("admin").body(Map.of("titleCode", "TP-00496", "validFrom", "2026-01-01",
                        "validUntil", "2028-12-31")).post("/api/jurors/" + juror + "/habilitations").then()
                .statusCode(201).extract().path("habilitations[0].id");
        as("admin").delete("/api/jurors/" + juror + "/habilitations/" + habilitation).then().statusCode(200);
        as("admin").get("/api/admin/log?action=JUROR_HABILITATION_ADDED&size=100").then()
                .body("items.find { it.subjectId == " + juror + " }.detail",
                        equalTo("habilitation n° " + habilitation + " (TP-00496)"));
        as("admin").get("/api/admin/log?action=JUROR_HABILITATION_REMOVED&size=100").then()
                .body("items.find { it.subjectId == " + juror + " }.subjectType", equalTo("JUROR"));
    }

    @Test
    void badFiltersAreAFrenchProblem() {
        as("admin").get("/api/admin/log?action=DROP_TABLE").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("action")).body("errors[0].message", containsString("inconnue"));
        as("admin").get("/api/admin/log?from=2026-13-01&to=hier").then().statusCode(400)
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("to"));
        as("admin").get("/api/admin/log?from=2026-03-10&to=2026-03-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("admin").get("/api/admin/log?size=1000").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void thePageListsTheLogWithItsFilters() {
        given().get("/admin/log").then().statusCode(200)
                .body(containsString("Journal d'administration")).body(containsString("href=\"/admin/log\""));
        given().get("/admin/log?action=NOPE").then().statusCode(200)
                .body(containsString("Action inconnue"));
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void thePageIsForAdminsOnly() {
        given().get("/admin/log").then().statusCode(403);
    }
}
