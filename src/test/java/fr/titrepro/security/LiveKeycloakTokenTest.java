package fr.titrepro.security;

import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Real tokens from the running Keycloak (keycloak/titrepro-realm.json), checked by the real OIDC configuration. */
@QuarkusTest
class LiveKeycloakTokenTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "centre", "jury", "candidat", "conseiller"})
    void everyDemoUserReadsTheReferential(String user) {
        given().auth().oauth2(Tokens.of(user))
                .get("/api/titles").then().statusCode(200)
                .body("code", hasItem("TP-00496"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"centre", "jury", "candidat", "conseiller"})
    void onlyTheAdminRoleImports(String user) {
        given().auth().oauth2(Tokens.of(user)).contentType("application/yaml")
                .body(ReferentialFixtures.sampleTitleBytes("TP-08100", "Refusé"))
                .post("/api/titles").then().statusCode(403)
                .body("type", equalTo("urn:titrepro:problem:forbidden"));
    }

    @Test
    void theAdminImports() {
        given().auth().oauth2(Tokens.of("admin")).contentType("application/yaml")
                .body(ReferentialFixtures.sampleTitleBytes("TP-08101", "Importé avec un vrai jeton"))
                .post("/api/titles").then().statusCode(201);
    }

    @Test
    void aForgedOrMissingTokenIsRefused() {
        String real = Tokens.of("admin");
        String forged = real.substring(0, real.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZhdXNzZQ";
        for (String token : new String[] {forged, "pas-un-jeton"}) {
            given().auth().oauth2(token).get("/api/titles").then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:titrepro:problem:unauthorized"))
                    .body("detail", equalTo("Le jeton d'accès est invalide ou expiré."));
        }
        given().get("/api/titles").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        given().formParam("grant_type", "password").formParam("client_id", "titrepro-app")
                .formParam("client_secret", "titrepro-demo-secret")
                .formParam("username", "admin").formParam("password", "mauvais")
                .post(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("quarkus.oidc.auth-server-url", String.class) + "/protocol/openid-connect/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }
}
