package fr.titrepro.centre;

import fr.titrepro.security.Roles;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.ReferentialFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CentreResourceTest {

    static final String STAFF_A = "centre-test-a";
    static final String STAFF_B = "centre-test-b";

    @Inject
    CentreFixtures fixtures;

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminRegistersACentreWithAValidSiretAndModifiesIt() {
        String siret = CentreFixtures.randomSiret();
        int id = given().contentType(ContentType.JSON).body(centre("Institut des réseaux", siret.substring(0, 3) + " "
                        + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9)))
                .post("/api/centres").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/centres/\\d+"))
                .body("siret", equalTo(siret))
                .body("name", equalTo("Institut des réseaux"))
                .body("approvals", hasSize(0))
                .extract().path("id");
        Map<String, Object> changed = centre("Institut des réseaux de Lyon", siret);
        changed.put("version", 0);
        given().contentType(ContentType.JSON).body(changed).put("/api/centres/" + id).then().statusCode(200)
                .body("name", equalTo("Institut des réseaux de Lyon")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(changed).put("/api/centres/" + id).then().statusCode(409)
                .body("detail", containsString("modifié entre-temps"));
        given().get("/api/centres?query=réseaux de lyon").then().statusCode(200)
                .body("items.id", hasItem(id)).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void everyInvalidFieldIsReportedAndABadSiretIsRefused() {
        Map<String, Object> body = centre("", "73282932000075");
        body.put("postalCode", "690");
        body.put("contactEmail", "pas-un-courriel");
        given().contentType(ContentType.JSON).body(body).post("/api/centres").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("errors.field", hasItems("name", "siret", "postalCode", "contactEmail"))
                .body("errors.find { it.field == 'siret' }.message",
                        equalTo("SIRET invalide : la clé de contrôle ne correspond pas (vérifiez les chiffres)."));
        given().contentType(ContentType.JSON).body(centre("Centre", "1234")).post("/api/centres").then().statusCode(400)
                .body("errors.find { it.field == 'siret' }.message", equalTo("Le SIRET compte exactement 14 chiffres."));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void laPosteEstablishmentsFollowTheirOwnRule() {
        given().contentType(ContentType.JSON).body(centre("Bureau de poste", "35600000000010")).post("/api/centres")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        given().contentType(ContentType.JSON).body(centre("Bureau de poste", "35600000000011")).post("/api/centres")
                .then().statusCode(400).body("errors.field", hasItem("siret"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void aSiretIsRegisteredOnce() {
        String siret = CentreFixtures.randomSiret();
        given().contentType(ContentType.JSON).body(centre("Premier", siret)).post("/api/centres").then().statusCode(201);
        given().contentType(ContentType.JSON).body(centre("Second", siret)).post("/api/centres").then().statusCode(409)
                .body("type", equalTo("urn:titrepro:problem:duplicate"))
                .body("errors[0].field", equalTo("siret"))
                .body("errors[0].message", equalTo("Un centre est déjà enregistré avec ce SIRET : « Premier »."));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void anApprovalCannotOutlastTheTitleAndItsGracePeriod() {
        given().contentType("application/yaml").body(ReferentialFixtures.sampleTitleBytes("TP-03001", "Titre borné"))
                .post("/api/titles").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
        int id = newCentre();
        // TP-03001 is valid from 2024-01-01 to 2028-12-31; a closed title can be completed for a year after (fiche
        // TP-00496 l. 98, regulation closedTitle.graceMonths = 12): the approval may run until 31/12/2029, not after
        given().contentType(ContentType.JSON).body(approval("TP-03001", "2025-01-01", "2030-01-01"))
                .post("/api/centres/" + id + "/approvals").then().statusCode(400)
                .body("errors[0].field", equalTo("validUntil"))
                .body("errors[0].message", equalTo("L'agrément ne peut pas dépasser la fin de validité du titre "
                        + "TP-03001 (31/12/2028) augmentée du délai laissé pour compléter un titre clos, soit le "
                        + "31/12/2029."));
        given().contentType(ContentType.JSON).body(approval("TP-03001", "2023-06-01", "2025-06-30"))
                .post("/api/centres/" + id + "/approvals").then().statusCode(400)
                .body("errors[0].field", equalTo("validFrom"));
        given().contentType(ContentType.JSON).body(approval("TP-03001", "2025-01-01", "2029-12-31"))
                .post("/api/centres/" + id + "/approvals").then().statusCode(201)
                .body("titleCode", equalTo("TP-03001"))
                .body("siteCity", equalTo("Lyon"));
        // TRI has no end of validity: a long approval is fine
        given().contentType(ContentType.JSON).body(approval("TP-00496", "2025-01-01", "2040-12-31"))
                .post("/api/centres/" + id + "/approvals").then().statusCode(201);
        given().get("/api/centres/" + id).then().body("approvals.titleCode", hasItems("TP-03001", "TP-00496"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void anApprovalNeedsAKnownTitleAndASite() {
        int id = newCentre();
        Map<String, Object> body = approval("TP-99999", "2025-01-01", "2024-01-01");
        body.put("siteCity", "");
        given().contentType(ContentType.JSON).body(body).post("/api/centres/" + id + "/approvals").then().statusCode(400)
                .body("errors.field", hasItems("titleCode", "siteCity", "validUntil"))
                .body("errors.find { it.field == 'titleCode' }.message", equalTo("Titre inconnu : « TP-99999 »."));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void aStaffMemberWorksForExactlyOneCentre() {
        int first = newCentre();
        int second = newCentre();
        String login = "staff-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("username", login, "fullName", "Anne Test"))
                .post("/api/centres/" + first + "/staff").then().statusCode(201).body("username", equalTo(login));
        given().contentType(ContentType.JSON).body(Map.of("username", login))
                .post("/api/centres/" + second + "/staff").then().statusCode(409)
                .body("errors[0].field", equalTo("username"))
                .body("detail", containsString("un membre du personnel travaille pour un seul centre"));
        int staffId = given().get("/api/centres/" + first).then().extract().path("staff.find { it.username == '" + login + "' }.id");
        given().delete("/api/centres/" + first + "/staff/" + staffId).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("username", login))
                .post("/api/centres/" + second + "/staff").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = STAFF_A, roles = Roles.CENTRE)
    void aCentreSeesOnlyItselfAndManagesNothing() {
        long own = fixtures.centreOf(STAFF_A);
        long other = fixtures.centreOf(STAFF_B);
        given().get("/api/centres").then().statusCode(200).body("items.id", equalTo(java.util.List.of((int) own)))
                .body("total", equalTo(1));
        given().get("/api/centres/" + own).then().statusCode(200).body("approvals.titleCode", hasItem("TP-00496"));
        given().get("/api/centres/" + other).then().statusCode(404)
                .body("type", equalTo("urn:titrepro:problem:not-found"));
        given().contentType(ContentType.JSON).body(centre("Pirate", CentreFixtures.randomSiret()))
                .post("/api/centres").then().statusCode(403);
        given().contentType(ContentType.JSON).body(centre("Pirate", CentreFixtures.randomSiret()))
                .put("/api/centres/" + own).then().statusCode(403);
        given().contentType(ContentType.JSON).body(approval("TP-00496", "2025-01-01", "2026-01-01"))
                .post("/api/centres/" + own + "/approvals").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("username", "intrus"))
                .post("/api/centres/" + own + "/staff").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "centre-sans-centre", roles = Roles.CENTRE)
    void aCentreLoginLinkedToNoCentreIsToldSo() {
        given().get("/api/centres").then().statusCode(403)
                .body("detail", containsString("n'est rattaché à aucun centre agréé"));
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void otherRolesHaveNoAccess() {
        given().get("/api/centres").then().statusCode(403);
    }

    @Test
    void anonymousCallsAreRefused() {
        given().get("/api/centres").then().statusCode(401);
    }

    private int newCentre() {
        return given().contentType(ContentType.JSON).body(centre("Centre " + System.nanoTime(), CentreFixtures.randomSiret()))
                .post("/api/centres").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> centre(String name, String siret) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("siret", siret);
        m.put("addressLine", "10 rue de la Part-Dieu");
        m.put("postalCode", "69003");
        m.put("city", "Lyon");
        m.put("contactName", "Jeanne Test");
        m.put("contactEmail", "jeanne@exemple.test");
        m.put("contactPhone", "04 72 00 00 00");
        return m;
    }

    static Map<String, Object> approval(String title, String from, String until) {
        Map<String, Object> m = new HashMap<>();
        m.put("titleCode", title);
        m.put("siteName", "Plateau");
        m.put("siteAddressLine", "2 rue du Site");
        m.put("sitePostalCode", "69007");
        m.put("siteCity", "Lyon");
        m.put("validFrom", from);
        m.put("validUntil", until);
        return m;
    }
}
