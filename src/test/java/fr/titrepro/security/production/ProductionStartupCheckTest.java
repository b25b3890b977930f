package fr.titrepro.security.production;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up observer on a configuration built like Quarkus builds it: the shipped application.properties under
 * each profile, plus what an operator sets (here a map standing for the environment).
 */
class ProductionStartupCheckTest {

    /** What docs/deployment.md asks a production to set. */
    static Map<String, String> productionEnvironment() throws IOException {
        Path keystore = Files.createTempFile("titrepro", ".p12");
        keystore.toFile().deleteOnExit();
        Map<String, String> env = new HashMap<>();
        env.put("TITREPRO_OIDC_SECRET", "a-real-client-secret-from-keycloak");
        env.put("TITREPRO_OIDC_ENCRYPTION_SECRET", ProductionSettingsPolicyTest.KEY);
        env.put("TITREPRO_DB_USER", "titrepro");
        env.put("TITREPRO_DB_PASSWORD", "S3cret-db-password");
        env.put("TITREPRO_SIGNING_KEYSTORE", keystore.toString());
        env.put("TITREPRO_AUTHORITY_NAME", "Marie Exemple");
        env.put("TITREPRO_TSA_URL", "https://horodatage.example.gouv.fr/tsa");
        env.put("titrepro.documents.regions.\"ARA\".signatory-name", "Paul Exemple");
        env.put("TITREPRO_SMTP_HOST", "smtp.exemple.fr");
        return env;
    }

    @Test
    void theShippedDefaultsCannotStartInProduction() throws IOException {
        assertThatThrownBy(() -> check("prod", Map.of()))
                .isInstanceOf(ProductionSettingsRefused.class)
                .hasMessageStartingWith("Démarrage en production refusé, 8 réglage(s) à corriger :")
                .hasMessageContaining("quarkus.mailer.host (TITREPRO_SMTP_HOST) n'est pas configuré")
                .hasMessageContaining("quarkus.oidc.credentials.secret (TITREPRO_OIDC_SECRET) est le secret de "
                        + "démonstration « titrepro-demo-secret »")
                .hasMessageContaining("quarkus.oidc.token-state-manager.encryption-secret "
                        + "(TITREPRO_OIDC_ENCRYPTION_SECRET) est absent")
                .hasMessageContaining("quarkus.datasource.username (TITREPRO_DB_USER) est le compte root")
                .hasMessageContaining("quarkus.datasource.password (TITREPRO_DB_PASSWORD) est vide")
                .hasMessageContaining("titrepro.documents.signing.keystore (TITREPRO_SIGNING_KEYSTORE) est absent")
                .hasMessageContaining("titrepro.documents.tsa-url (TITREPRO_TSA_URL) est absent : les documents "
                        + "seraient horodatés par l'autorité locale de test")
                .hasMessageContaining("titrepro.documents.authority.name (TITREPRO_AUTHORITY_NAME) est le nom de "
                        + "démonstration « Camille Durand »");
    }

    @Test
    void productionStartsWithItsOwnSettings() throws IOException {
        assertThatCode(() -> check("prod", productionEnvironment())).doesNotThrowAnyException();
    }

    @Test
    void aKeystoreThatIsNotThereIsNamed() throws IOException {
        Map<String, String> env = productionEnvironment();
        env.put("TITREPRO_SIGNING_KEYSTORE", "/nowhere/titrepro.p12");
        assertThatThrownBy(() -> check("prod", env)).isInstanceOfSatisfying(ProductionSettingsRefused.class,
                e -> assertThat(e.refusals()).containsExactly("titrepro.documents.signing.keystore "
                        + "(TITREPRO_SIGNING_KEYSTORE) : le fichier « /nowhere/titrepro.p12 » est introuvable ou "
                        + "illisible."));
    }

    @Test
    void oneDemoSettingLeftIsNamed() throws IOException {
        Map<String, String> env = productionEnvironment();
        env.put("titrepro.demo.enabled", "true");
        env.put("TITREPRO_DOCUMENTS_REGIONS__PDL__SIGNATORY_NAME", "Yann Le Goff");
        env.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        assertThatThrownBy(() -> check("prod", env))
                .isInstanceOfSatisfying(ProductionSettingsRefused.class, e -> assertThat(e.refusals()).satisfiesExactly(
                        r -> assertThat(r).startsWith("titrepro.documents.regions.\"PDL\".signatory-name est le nom "
                                + "de démonstration « Yann Le Goff »"),
                        r -> assertThat(r).startsWith("titrepro.demo.enabled vaut true"),
                        r -> assertThat(r).startsWith("quarkus.http.proxy.proxy-address-forwarding est activé sans "
                                + "quarkus.http.proxy.trusted-proxies")));
    }

    @Test
    void aProductionWithoutSmtpServerIsRefusedUnlessMailIsTurnedOff() throws IOException {
        Map<String, String> env = productionEnvironment();
        env.remove("TITREPRO_SMTP_HOST");
        assertThatThrownBy(() -> check("prod", env)).isInstanceOfSatisfying(ProductionSettingsRefused.class,
                e -> assertThat(e.refusals()).singleElement().asString()
                        .startsWith("quarkus.mailer.host (TITREPRO_SMTP_HOST) n'est pas configuré")
                        .contains("SMTP host not configured"));
        env.put("TITREPRO_SMTP_ENABLED", "false");
        assertThatCode(() -> check("prod", env)).doesNotThrowAnyException();
        env.remove("TITREPRO_SMTP_ENABLED");
        env.put("TITREPRO_SMTP_HOST", "smtp.exemple.fr");
        env.put("quarkus.mailer.mock", "true");
        assertThatThrownBy(() -> check("prod", env)).isInstanceOfSatisfying(ProductionSettingsRefused.class,
                e -> assertThat(e.refusals()).singleElement().asString()
                        .startsWith("quarkus.mailer.mock vaut true").contains("The mailer is mocked"));
    }

    @Test
    void theDemoAndTestProfilesAreNotChecked() {
        // the run command (demo profile, src/tools/run.sh) and the tests keep their demo secrets and key
        for (String profile : new String[]{"demo", "test", "dev"}) {
            assertThatCode(() -> check(profile, Map.of())).as(profile).doesNotThrowAnyException();
        }
    }

    @Test
    void theDemoNamesOfThePolicyAreThoseOfApplicationProperties() throws IOException {
        SmallRyeConfig demo = config("demo", Map.of());
        assertThat(demo.getValue("quarkus.oidc.credentials.secret", String.class))
                .isEqualTo(ProductionSettingsPolicy.DEMO_OIDC_SECRET);
        assertThat(new ProductionStartupCheck(demo).settings().regionalSignatories().values())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(ProductionSettingsPolicy.DEMO_NAMES).contains(name));
        assertThat(ProductionSettingsPolicy.DEMO_NAMES).contains(demo.getValue("titrepro.documents.authority.name",
                String.class));
    }

    private static void check(String profile, Map<String, String> environment) throws IOException {
        new ProductionStartupCheck(config(profile, environment)).check();
    }

    static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        URL properties = ProductionStartupCheckTest.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }
}
