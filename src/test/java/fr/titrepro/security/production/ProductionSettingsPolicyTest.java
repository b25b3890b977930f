package fr.titrepro.security.production;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → French refusals of a production start (issue 12: « production defaults are the demo secrets »). */
class ProductionSettingsPolicyTest {

    static final String KEY = "k3Xq9v7LmT2pR8sW4yZ6bN1cD5fG0hJaQeU";

    /** A production that may start: every later case changes one thing. */
    static ProductionSettings valid() {
        return new ProductionSettings(Optional.of("a-real-client-secret-from-keycloak"),
                Optional.of("a-real-client-secret-from-keycloak"), Optional.of(KEY), Optional.of("titrepro"),
                Optional.of("S3cret-db-password"), Optional.of("/run/secrets/titrepro.p12"), true,
                Optional.of("Marie Exemple"), Map.of("ARA", "Paul Exemple"), false, false, Optional.empty(),
                Optional.of("https://horodatage.example.gouv.fr/tsa"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("valid production settings", s -> s),
                row("demo OIDC secret", s -> with(s, "oidc", "titrepro-demo-secret"),
                        "quarkus.oidc.credentials.secret (TITREPRO_OIDC_SECRET) est le secret de démonstration"),
                row("no OIDC secret", s -> with(s, "oidc", null),
                        "quarkus.oidc.credentials.secret (TITREPRO_OIDC_SECRET) est absent"),
                row("api tenant given the demo secret apart", s -> with(s, "api", "titrepro-demo-secret"),
                        "quarkus.oidc.api.credentials.secret est le secret de démonstration"),
                row("no cookie encryption secret", s -> with(s, "encryption", null),
                        "quarkus.oidc.token-state-manager.encryption-secret (TITREPRO_OIDC_ENCRYPTION_SECRET) est "
                                + "absent"),
                row("cookie key = client secret", s -> with(s, "encryption", "a-real-client-secret-from-keycloak"),
                        "encryption-secret (TITREPRO_OIDC_ENCRYPTION_SECRET) reprend le secret du client OIDC"),
                row("cookie key too short", s -> with(s, "encryption", "short-key"),
                        "encryption-secret (TITREPRO_OIDC_ENCRYPTION_SECRET) est trop court (9 caractères"),
                row("root account", s -> with(s, "user", "root"),
                        "quarkus.datasource.username (TITREPRO_DB_USER) est le compte root"),
                row("ROOT account", s -> with(s, "user", " ROOT "),
                        "quarkus.datasource.username (TITREPRO_DB_USER) est le compte root"),
                row("empty database password", s -> with(s, "password", ""),
                        "quarkus.datasource.password (TITREPRO_DB_PASSWORD) est vide"),
                row("no keystore: the demo key in the database", s -> with(s, "keystore", null),
                        "titrepro.documents.signing.keystore (TITREPRO_SIGNING_KEYSTORE) est absent"),
                row("a keystore the application cannot read", s -> with(s, "unreadable", null),
                        "titrepro.documents.signing.keystore (TITREPRO_SIGNING_KEYSTORE) : le fichier "
                                + "« /run/secrets/titrepro.p12 » est introuvable ou illisible"),
                row("demo authority", s -> with(s, "authority", "Camille Durand"),
                        "titrepro.documents.authority.name (TITREPRO_AUTHORITY_NAME) est le nom de démonstration "
                                + "« Camille Durand »"),
                row("demo signatory", s -> with(s, "signatory", "Yann Le Goff"),
                        "titrepro.documents.regions.\"PDL\".signatory-name est le nom de démonstration « Yann Le Goff »"),
                row("demo data", s -> with(s, "demo", "true"), "titrepro.demo.enabled vaut true"),
                row("forwarded addresses trusted from anyone", s -> with(s, "forwarding", null),
                        "quarkus.http.proxy.proxy-address-forwarding est activé sans "
                                + "quarkus.http.proxy.trusted-proxies"),
                row("forwarded addresses from the proxy only", s -> with(s, "forwarding", "10.0.0.5")),
                row("the defaults of application.properties",
                        s -> new ProductionSettings(Optional.of("titrepro-demo-secret"),
                                Optional.of("titrepro-demo-secret"), Optional.empty(), Optional.of("root"),
                                Optional.empty(), Optional.empty(), false, Optional.of("Camille Durand"), Map.of(), false,
                                false, Optional.empty(), Optional.of("")),
                        "TITREPRO_OIDC_SECRET) est le secret de démonstration",
                        "TITREPRO_OIDC_ENCRYPTION_SECRET) est absent", "TITREPRO_DB_USER) est le compte root",
                        "TITREPRO_DB_PASSWORD) est vide", "TITREPRO_SIGNING_KEYSTORE) est absent",
                        "titrepro.documents.tsa-url (TITREPRO_TSA_URL) est absent",
                        "TITREPRO_AUTHORITY_NAME) est le nom de démonstration"),
                row("no timestamp authority: the local one in the JVM", s -> with(s, "tsa", null),
                        "titrepro.documents.tsa-url (TITREPRO_TSA_URL) est absent"),
                row("a timestamp authority that is not an HTTP address", s -> with(s, "tsa", "ldap://tsa.example"),
                        "titrepro.documents.tsa-url (TITREPRO_TSA_URL) « ldap://tsa.example » n'est pas une adresse "
                                + "http(s)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusals(String name, UnaryOperator<ProductionSettings> change, List<String> expected) {
        List<String> refusals = ProductionSettingsPolicy.refusals(change.apply(valid()));
        assertThat(refusals).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(refusals.get(i)).contains(expected.get(i));
        }
    }

    private static Arguments row(String name, UnaryOperator<ProductionSettings> change, String... refusals) {
        return Arguments.of(name, change, List.of(refusals));
    }

    private static ProductionSettings with(ProductionSettings s, String field, String value) {
        Optional<String> v = Optional.ofNullable(value);
        return new ProductionSettings(
                field.equals("oidc") ? v : s.oidcClientSecret(),
                field.equals("oidc") ? v : field.equals("api") ? v : s.apiOidcClientSecret(),
                field.equals("encryption") ? v : s.tokenEncryptionSecret(),
                field.equals("user") ? v : s.databaseUser(),
                field.equals("password") ? v : s.databasePassword(),
                field.equals("keystore") ? v : s.signingKeystore(),
                field.equals("keystore") ? v.isPresent() : !field.equals("unreadable") && s.signingKeystoreReadable(),
                field.equals("authority") ? v : s.authorityName(),
                field.equals("signatory") ? Map.of("ARA", "Paul Exemple", "PDL", value) : s.regionalSignatories(),
                field.equals("demo") || s.demoEnabled(),
                field.equals("forwarding") || s.proxyAddressForwarding(),
                field.equals("forwarding") ? v : s.trustedProxies(),
                field.equals("tsa") ? v : s.tsaUrl());
    }
}
