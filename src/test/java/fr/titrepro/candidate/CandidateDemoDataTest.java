package fr.titrepro.candidate;

import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** The demo data of the run command, on a fresh database, seen through the demo logins. */
@QuarkusTest
@TestProfile(CandidateDemoDataTest.Demo.class)
class CandidateDemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("titrepro.demo.enabled", "true");
        }
    }

    @Inject
    CandidateDemoData demo;

    @Inject
    CandidateRepository candidates;

    @Test
    void twoCentresTenCandidatesAndTheDemoLogins() {
        as("centre").get("/api/centres").then().statusCode(200)
                .body("items[0].name", equalTo("Rhône Formation Numérique"))
                .body("items[0].city", equalTo("Lyon"))
                .body("items[0].approvedTitles", equalTo(List.of("TP-00496")));
        as("centre2").get("/api/centres").then().statusCode(200)
                .body("items[0].name", equalTo("Atlantique Compétences Réseaux"))
                .body("items[0].city", equalTo("Nantes"));
        as("centre").get("/api/candidates").then().statusCode(200).body("total", equalTo(6))
                .body("items.fullName", hasItems("MARTIN Lucas Pierre", "HADDAD Karim", "BERNARD Chloé Marie",
                        "MOREAU (ROUX) Julie Anne"));
        as("centre2").get("/api/candidates").then().statusCode(200).body("total", equalTo(5))
                .body("items.fullName", hasItems("PETIT Emma Louise", "DIALLO Mamadou", "MOREAU (ROUX) Julie Anne"));
        as("candidat").get("/api/me/candidate").then().statusCode(200)
                .body("fullName", equalTo("MARTIN Lucas Pierre")).body("pathway", equalTo("TRAINING"));
        as("candidat2").get("/api/me/candidate").then().statusCode(200)
                .body("fullName", equalTo("PETIT Emma Louise"));
        // the VAE demo data has a person named Haddad too: take the one the Lyon centre follows
        long karim = as("centre").get("/api/candidates?query=Haddad").then()
                .body("items[0].pathway", equalTo("PARTIAL")).body("items[0].heldCcps", equalTo(1))
                .extract().<Number>path("items[0].id").longValue();
        as("centre").get("/api/candidates/" + karim).then()
                .body("heldCcps[0].titleCode", equalTo("TP-00496")).body("heldCcps[0].ccpNumber", equalTo(1))
                .body("birthPlace", equalTo("Oran (Algérie)"));
        as("centre").get("/api/candidates?query=Bernard").then().body("items[0].accommodations", equalTo(true));
        long chloe = candidates.find("identity.birthName", "Bernard").firstResult().id;
        as("centre").get("/api/candidates/" + chloe).then()
                .body("accommodations.extraTimePercent", equalTo(33)).body("pathway", equalTo("TRAINING"));
        as("centre").get("/api/candidates?query=Dubois").then().body("items.pathway", hasItem("VAE"));
    }

    @Test
    void aRestartCreatesNothingNew() {
        long before = candidates.count();
        demo.onStart(null);
        demo.onStart(null);
        assertThat(candidates.count()).isEqualTo(before);
        as("centre").get("/api/candidates").then().body("total", equalTo(6));
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
