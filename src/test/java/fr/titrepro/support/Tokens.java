package fr.titrepro.support;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the running Keycloak (password grant of the demo users). */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> request(u, u));
    }

    public static String request(String username, String password) {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "titrepro-app")
                .formParam("client_secret", "titrepro-demo-secret")
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid")
                .post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
