package fr.titrepro.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.titrepro.security.production.ProductionSettingsPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two Keycloak realms: keycloak/titrepro-realm-prod.json is hardened (issue 12: « the realm has sslRequired: none,
 * no brute-force protection, no password policy, direct grants on »), keycloak/titrepro-realm.json keeps what the
 * demo and the tests need.
 */
class RealmFilesTest {

    static final String PROD_HOST = "https://titrepro.example.gouv.fr";

    @Test
    void theProductionRealmHasNoDemoUserAndRequiresTls() throws IOException {
        JsonNode realm = read("titrepro-realm-prod.json");
        assertThat(realm.path("realm").asText()).isEqualTo("titrepro");
        assertThat(realm.path("users").isMissingNode() || realm.path("users").isEmpty()).isTrue();
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("registrationAllowed").asBoolean(true)).isFalse();
    }

    @Test
    void theProductionRealmSlowsDownPasswordGuessing() throws IOException {
        JsonNode realm = read("titrepro-realm-prod.json");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isGreaterThanOrEqualTo(300);
        String policy = realm.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("(?:^| and )length\\((\\d+)\\)").matcher(policy);
        assertThat(length.find()).as(policy).isTrue();
        assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
        assertThat(policy).contains("upperCase(1)", "lowerCase(1)", "digits(1)", "specialChars(1)",
                "notUsername(", "notEmail(", "passwordHistory(");
    }

    @Test
    void theProductionClientHasNoDirectGrantsAndExactRedirects() throws IOException {
        JsonNode client = client(read("titrepro-realm-prod.json"));
        assertThat(client.path("publicClient").asBoolean(true)).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        // no secret in the file: Keycloak generates one at import (TITREPRO_OIDC_SECRET)
        assertThat(client.has("secret")).isFalse();
        // quarkus.oidc.authentication.redirect-path=/login: the only address Keycloak may send a code to
        assertThat(texts(client.path("redirectUris"))).containsExactly(PROD_HOST + "/login");
        assertThat(texts(client.path("webOrigins"))).containsExactly(PROD_HOST);
        assertThat(client.path("attributes").path("post.logout.redirect.uris").asText()).isEqualTo(PROD_HOST + "/");
        assertThat(client.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    @Test
    void bothRealmsHaveTheRolesOfTheApplication() throws IOException {
        List<String> roles = List.of(Roles.ADMIN, Roles.CENTRE, Roles.JUROR, Roles.CANDIDATE, Roles.VAE_ADVISER);
        for (String file : List.of("titrepro-realm.json", "titrepro-realm-prod.json")) {
            assertThat(read(file).path("roles").path("realm").findValuesAsText("name")).as(file)
                    .containsExactlyInAnyOrderElementsOf(roles);
        }
    }

    @Test
    void theDemoRealmKeepsWhatTheDemoAndTheTestsNeed() throws IOException {
        JsonNode realm = read("titrepro-realm.json");
        assertThat(realm.path("users").findValuesAsText("username")).contains("admin", "centre", "centre2", "jury",
                "jury2", "jury3", "candidat", "candidat2", "conseiller", "conseiller2");
        JsonNode client = client(realm);
        // support/Tokens: password grant of the demo users
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(client.path("secret").asText()).isEqualTo(ProductionSettingsPolicy.DEMO_OIDC_SECRET);
        // the browser tests' ports, the run command's and compose's
        assertThat(texts(client.path("redirectUris"))).contains("http://127.0.0.1:8083/*", "http://127.0.0.1:8084/*",
                "http://127.0.0.1:8085/*", "http://127.0.0.1:8080/*", "http://localhost:8080/*");
    }

    private static JsonNode client(JsonNode realm) {
        for (JsonNode c : realm.path("clients")) {
            if ("titrepro-app".equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no titrepro-app client");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode read(String file) throws IOException {
        return new ObjectMapper().readTree(Path.of("keycloak", file).toFile());
    }

    /** Issue 15: « Mot de passe oublié » mails through the run command's SMTP catcher (GreenMail on 3025). */
    @Test
    void theDemoRealmSendsItsMailsToTheRunCommandsSmtpCatcher() throws IOException {
        JsonNode realm = read("titrepro-realm.json");
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.path("smtpServer").path("host").asText()).isEqualTo("127.0.0.1");
        assertThat(realm.path("smtpServer").path("port").asText()).isEqualTo("3025");
        assertThat(realm.path("smtpServer").path("from").asText()).contains("@");
    }

    /**
     * Issue 15: « Keycloak's realm uses the same SMTP for Mot de passe oublié »: the production realm reads the
     * application's SMTP settings from the environment at import (Keycloak resolves ${…} placeholders), STARTTLS on.
     */
    @Test
    void theProductionRealmSendsItsMailsThroughTheApplicationsSmtpServer() throws IOException {
        JsonNode realm = read("titrepro-realm-prod.json");
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
        JsonNode smtp = realm.path("smtpServer");
        assertThat(smtp.path("host").asText()).isEqualTo("${TITREPRO_SMTP_HOST}");
        assertThat(smtp.path("port").asText()).isEqualTo("${TITREPRO_SMTP_PORT}");
        assertThat(smtp.path("user").asText()).isEqualTo("${TITREPRO_SMTP_USER}");
        assertThat(smtp.path("password").asText()).isEqualTo("${TITREPRO_SMTP_PASSWORD}");
        assertThat(smtp.path("starttls").asText()).isEqualTo("true");
    }
}
