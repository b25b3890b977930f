package fr.titrepro.support;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the running Keycloak (password grant of the demo users). */
public final class Tokens {

    /** Tokens live 15 minutes in the realm: a cached one is renewed well before, for long test runs. */
    private static final Duration RENEW_AFTER = Duration.ofMinutes(10);
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant obtained) {
    }

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.compute(username, (u, cached) -> cached != null
                && cached.obtained().plus(RENEW_AFTER).isAfter(Instant.now())
                ? cached : new Cached(request(u, u), Instant.now())).token();
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
