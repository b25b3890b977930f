package fr.titrepro.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The test database as the application's configuration names it, for tests and runners that need a JDBC connection
 * of their own outside the application's pool (query plans, the generator, killing the pool's connections).
 */
@ApplicationScoped
public class TestDatabase {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password.orElse("");
    }

    /** A new connection outside the pool; the caller closes it. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password());
    }
}
