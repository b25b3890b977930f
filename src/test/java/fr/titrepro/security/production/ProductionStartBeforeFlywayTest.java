package fr.titrepro.security.production;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application started in the {@code prod} profile with the shipped demo settings: the start stops with the
 * French list of the settings to change, and the empty database it was given is still empty: Flyway
 * (migrate-at-start) never ran, and no extension started before the refusal. The test stack recreates the database
 * (empty) when the launch starts its test resources, not before the test method: what the database held before the
 * launch (the previous test classes' schema) says nothing, only what it holds after.
 */
@QuarkusMainTest
@TestProfile(ProductionStartBeforeFlywayTest.ProductionWithDemoSettings.class)
class ProductionStartBeforeFlywayTest {

    public static class ProductionWithDemoSettings implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    void aProductionStartWithDemoSettingsStopsBeforeFlywayTouchesTheDatabase(QuarkusMainLauncher launcher)
            throws SQLException {
        String database = database();

        LaunchResult result = launcher.launch();

        assertThat(result.exitCode()).isNotZero();
        String output = result.getOutput() + result.getErrorOutput();
        assertThat(output)
                .contains("Démarrage en production refusé")
                .contains("quarkus.datasource.username (TITREPRO_DB_USER) est le compte root")
                .contains("quarkus.oidc.credentials.secret (TITREPRO_OIDC_SECRET) est le secret de démonstration")
                .contains("titrepro.documents.signing.keystore (TITREPRO_SIGNING_KEYSTORE) est absent");
        assertThat(exists(database)).as("the test stack created the database of the launch").isTrue();
        assertThat(tables(database)).as("Flyway did not migrate (a started application leaves ~54 tables)").isZero();
    }

    private static String database() {
        String name = System.getenv("TITREPRO_TEST_DB");
        return name == null || name.isBlank() ? "titrepro_test" : name;
    }

    private static boolean exists(String database) throws SQLException {
        return count("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?", database) == 1;
    }

    private static int tables(String database) throws SQLException {
        return count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?", database);
    }

    private static int count(String sql, String database) throws SQLException {
        String host = env("TITREPRO_DB_HOST", "127.0.0.1");
        String port = env("TITREPRO_DB_PORT", "3306");
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/",
                env("TITREPRO_DB_USER", "root"), env("TITREPRO_DB_PASSWORD", ""));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, database);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
