package fr.titrepro.support.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * Real infrastructure for the whole test run: a fresh MariaDB database (server on 127.0.0.1:3306 when there is one,
 * embedded otherwise) and the Keycloak of keycloak/titrepro-realm.json.
 */
public class TestStack implements QuarkusTestResourceLifecycleManager {


    @Override
    public Map<String, String> start() {
        Path project = Path.of(System.getProperty("user.dir"));
        MariaDbEndpoint db = MariaDbEndpoint.ensure(
                env("TITREPRO_DB_HOST", "127.0.0.1"), Integer.parseInt(env("TITREPRO_DB_PORT", "3306")),
                env("TITREPRO_DB_USER", "root"), env("TITREPRO_DB_PASSWORD", ""),
                3307, project.resolve("target/mariadb/data"));
        String database = env("TITREPRO_TEST_DB", "titrepro_test");
        db.recreateDatabase(database);
        KeycloakServer keycloak = KeycloakServer.ensure(project, KeycloakServer.DEFAULT_PORT, project.resolve("target/keycloak.log"));
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(database),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password(),
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.oidc.api.auth-server-url", keycloak.realmUrl());
    }

    /**
     * Keycloak stays up across the Quarkus restarts of one run (test profiles): stopping it here would make the next
     * start find a Keycloak still answering while it shuts down. The JVM's shutdown hook stops the one we started.
     */
    @Override
    public void stop() {
        // nothing: see above
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
