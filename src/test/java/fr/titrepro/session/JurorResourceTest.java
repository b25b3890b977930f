package fr.titrepro.session;

import fr.titrepro.security.Roles;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The juror registry: the administration registers and habilitates, centres read it to compose juries. */
@QuarkusTest
class JurorResourceTest {

    @Inject
    JurorRepository jurors;

    @Inject
    SessionFixtures fixtures;

    static Map<String, Object> juror(String username, int years) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("lastName", "Lambert");
        body.put("firstName", "Aurélie");
        body.put("email", "aurelie.lambert@reseaux.test");
        body.put("profession", "Technicienne réseaux");
        body.put("employer", "Réseaux du Nord");
        body.put("yearsOfExperience", years);
        return body;
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void theAdministrationRegistersAndHabilitatesAJuror() {
        String username = "t4-jury-" + SessionFixtures.unique();
        int id = given().contentType(ContentType.JSON).body(juror(username, 3)).post("/api/jurors").then()
                .statusCode(201)
                .header("Location", containsString("/api/jurors/"))
                .body("username", equalTo(username))
                .body("yearsOfExperience", equalTo(3))
                .body("habilitations", hasSize(0))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("titleCode", "TP-00496", "validFrom", "2026-01-01",
                        "validUntil", "2028-12-31"))
                .post("/api/jurors/" + id + "/habilitations").then().statusCode(201)
                .body("habilitations[0].titleCode", equalTo("TP-00496"))
                .body("habilitations[0].validUntil", equalTo("2028-12-31"));
        given().get("/api/jurors?query=" + username).then().statusCode(200)
                .body("items.username", equalTo(java.util.List.of(username)));
        int habilitation = given().get("/api/jurors/" + id).then().extract().path("habilitations[0].id");
        given().delete("/api/jurors/" + id + "/habilitations/" + habilitation).then().statusCode(200)
                .body("habilitations", hasSize(0));
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void threeYearsOfExperienceAreRequiredAndUserNamesAreUnique() {
        String username = "t4-jury-" + SessionFixtures.unique();
        long before = jurors.count();
        given().contentType(ContentType.JSON).body(juror(username, 2)).post("/api/jurors").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("yearsOfExperience"))
                .body("errors[0].message", equalTo("Au moins 3 ans d'expérience sont exigés."));
        assertThat(jurors.count()).isEqualTo(before);
        given().contentType(ContentType.JSON).body(juror(username, 5)).post("/api/jurors").then().statusCode(201);
        given().contentType(ContentType.JSON).body(juror(username, 5)).post("/api/jurors").then().statusCode(409)
                .body("type", equalTo("urn:titrepro:problem:duplicate"))
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void everyInvalidFieldIsListed() {
        Map<String, Object> bad = juror("x y", 5);
        bad.put("lastName", "");
        bad.put("email", "pas-un-courriel");
        bad.remove("profession");
        given().contentType(ContentType.JSON).body(bad).post("/api/jurors").then().statusCode(400)
                .body("errors.field", hasItems("username", "lastName", "email", "profession"))
                .body("errors.message", hasItem("Adresse électronique invalide."));
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void aHabilitationNeedsAKnownTitleAndAPeriodInOrder() {
        long id = fixtures.juror("t4-jury-" + SessionFixtures.unique(), 5, null, null, null);
        given().contentType(ContentType.JSON).body(Map.of("titleCode", "TP-99999", "validFrom", "2026-01-01",
                        "validUntil", "2025-12-31"))
                .post("/api/jurors/" + id + "/habilitations").then().statusCode(422)
                .body("errors.field", hasItems("titleCode", "validUntil"))
                .body("errors.message", hasItem("Aucun titre n'a le code « TP-99999 »."));
        given().contentType(ContentType.JSON).body(Map.of("titleCode", "TP-00496"))
                .post("/api/jurors/" + id + "/habilitations").then().statusCode(400)
                .body("errors.field", hasItems("validFrom", "validUntil"));
        given().contentType(ContentType.JSON).body(Map.of("titleCode", "TP-00496", "validFrom", "2026-01-01",
                "validUntil", "2026-12-31")).post("/api/jurors/999999/habilitations").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void theExperienceCanBeCorrected() {
        String username = "t4-jury-" + SessionFixtures.unique();
        long id = fixtures.juror(username, 5, null, null, null);
        Map<String, Object> body = juror(username, 12);
        given().contentType(ContentType.JSON).body(body).put("/api/jurors/" + id).then().statusCode(200)
                .body("yearsOfExperience", equalTo(12)).body("lastName", equalTo("Lambert"));
    }

    @Test
    @TestSecurity(user = "t4-centre-a", roles = Roles.CENTRE)
    void aCentreReadsTheJurorsHabilitatedForItsSessionButDoesNotRegister() {
        LocalDate from = LocalDate.now().plusDays(100);
        long habilitated = fixtures.juror("t4-jury-" + SessionFixtures.unique(), 5, "TP-00496", from, from.plusDays(10));
        long notYet = fixtures.juror("t4-jury-" + SessionFixtures.unique(), 5, "TP-00496", from.plusDays(1),
                from.plusDays(10));
        given().get("/api/jurors?titleCode=TP-00496&on=" + from + "&until=" + from.plusDays(2) + "&size=100").then()
                .statusCode(200)
                .body("items.id", hasItem((int) habilitated))
                .body("items.id", not(hasItem((int) notYet)));
        given().contentType(ContentType.JSON).body(juror("t4-jury-" + SessionFixtures.unique(), 5))
                .post("/api/jurors").then().statusCode(403);
    }

    /** Issue 12: a centre composing a jury reads trade and habilitations, never the login, e-mail nor phone. */
    @Test
    @TestSecurity(user = "t12-centre-jurors", roles = Roles.CENTRE)
    void aCentreReadsNoJurorsContactDetailsNorLogin() {
        fixtures.centreOfStaff("t12-centre-jurors");
        String username = "t12-jury-" + SessionFixtures.unique();
        long id = fixtures.juror(username, 6, "TP-00496", LocalDate.now(), LocalDate.now().plusDays(30));
        String list = given().get("/api/jurors?size=100&query=" + username).then().statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items[0].profession", org.hamcrest.Matchers.notNullValue())
                .body("items[0].habilitations[0].titleCode", equalTo("TP-00496"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("email")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("phone")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("username")))
                .extract().asString();
        assertThat(list).doesNotContain(username, "@jury.test", "06 12 34 56 78");
        given().get("/api/jurors/" + id).then().statusCode(200)
                .body("yearsOfExperience", equalTo(6))
                .body("$", not(org.hamcrest.Matchers.hasKey("email")))
                .body("$", not(org.hamcrest.Matchers.hasKey("phone")))
                .body("$", not(org.hamcrest.Matchers.hasKey("username")));
        given().get("/api/jurors/me").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "t12-admin", roles = Roles.ADMIN)
    void theAdministrationReadsTheWholeRecord() {
        String username = "t12-jury-" + SessionFixtures.unique();
        long id = fixtures.juror(username, 6, "TP-00496", LocalDate.now(), LocalDate.now().plusDays(30));
        given().get("/api/jurors/" + id).then().statusCode(200)
                .body("username", equalTo(username)).body("email", equalTo(username + "@jury.test"))
                .body("phone", equalTo("06 12 34 56 78"));
        given().get("/api/jurors?size=100&query=" + username).then().statusCode(200)
                .body("items[0].username", equalTo(username));
    }

    @Test
    @TestSecurity(user = "t12-jury-self", roles = Roles.JUROR)
    void aJurorReadsTheirOwnRecordOnly() {
        long id = fixtures.juror("t12-jury-self", 9, "TP-00496", LocalDate.now(), LocalDate.now().plusDays(30));
        given().get("/api/jurors/me").then().statusCode(200)
                .body("id", equalTo((int) id)).body("username", equalTo("t12-jury-self"))
                .body("habilitations[0].titleCode", equalTo("TP-00496"));
        given().get("/api/jurors/" + id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "t4-jury-x", roles = Roles.JUROR)
    void aJurorDoesNotReadTheRegistry() {
        given().get("/api/jurors").then().statusCode(403).contentType("application/problem+json");
    }
}
