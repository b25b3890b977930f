package fr.titrepro.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every login sends Keycloak the same redirect URI, {@code <host>/login}, so that the production realm can list it
 * exactly (keycloak/titrepro-realm-prod.json has no wildcard); the page asked for is restored afterwards.
 */
@QuarkusTest
class LoginRedirectTest {

    @Test
    void aProtectedPageAsksKeycloakToComeBackToLogin() {
        String location = given().accept("text/html").redirects().follow(false)
                .get("/titles/TP-00496").then().statusCode(302).extract().header("Location");
        String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
        assertThat(decoded).contains("/protocol/openid-connect/auth?", "client_id=titrepro-app",
                "code_challenge_method=S256");
        assertThat(decoded).containsPattern("redirect_uri=http://127\\.0\\.0\\.1:\\d+/login(&|$)");
        assertThat(decoded).doesNotContain("redirect_uri=http://127.0.0.1:8085/titles");
    }
}
