package fr.titrepro.candidate;

import fr.titrepro.security.Roles;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/**
 * A title obtained before the platform is recorded by the administration from a proof, as a fact of its own
 * (DOMAIN "Sessions and evaluation": the title obtained is recorded as a fact, not inferred from the CCPs held).
 */
@QuarkusTest
class ObtainedTitleResourceTest {

    @Inject
    DocumentFixtures fixtures;

    static Map<String, Object> proof() {
        Map<String, Object> body = new HashMap<>();
        body.put("titleCode", "TP-00496");
        body.put("titleVersion", "05");
        body.put("obtainedOn", "2023-06-30");
        body.put("place", "Marseille");
        body.put("proofReference", "Parchemin n° 2023-13-0042");
        return body;
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void theAdministrationRecordsATitleFromAProofOnce() {
        long id = fixtures.newCandidate(null).id;
        given().contentType(ContentType.JSON).body(proof()).post("/api/candidates/" + id + "/obtained-titles")
                .then().statusCode(201).body("titleCode", equalTo("TP-00496")).body("titleVersion", equalTo("05"))
                .body("obtainedOn", equalTo("2023-06-30")).body("place", equalTo("Marseille"));
        given().get("/api/candidates/" + id).then().statusCode(200).body("obtainedTitles", hasSize(1))
                .body("obtainedTitles[0].titleName", equalTo("Technicien réseaux IP"));
        given().contentType(ContentType.JSON).body(proof()).post("/api/candidates/" + id + "/obtained-titles")
                .then().statusCode(409).body("detail", containsString("déjà obtenu"));

        Map<String, Object> bad = proof();
        bad.put("titleVersion", "99");
        bad.put("obtainedOn", LocalDate.now().plusDays(3).toString());
        bad.remove("proofReference");
        given().contentType(ContentType.JSON).body(bad).post("/api/candidates/" + id + "/obtained-titles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("titleVersion", "obtainedOn", "proofReference"));
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void aCentreCannotDeclareATitle() {
        long id = fixtures.newCandidate(null).id;
        given().contentType(ContentType.JSON).body(proof()).post("/api/candidates/" + id + "/obtained-titles")
                .then().statusCode(403);
    }
}
