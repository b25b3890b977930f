package fr.titrepro.support.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The run command: MariaDB (configured server or embedded), Keycloak, then the application with demo data.
 * Ctrl-C stops everything it started.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("user.dir"));
        Path home = MariaDbEndpoint.defaultHome();
        String database = env("TITREPRO_DB_NAME", "titrepro");
        MariaDbEndpoint db = MariaDbEndpoint.ensure(
                env("TITREPRO_DB_HOST", "127.0.0.1"), Integer.parseInt(env("TITREPRO_DB_PORT", "3306")),
                env("TITREPRO_DB_USER", "root"), env("TITREPRO_DB_PASSWORD", ""),
                Integer.parseInt(env("TITREPRO_EMBEDDED_DB_PORT", "3307")), home.resolve("mariadb"));
        db.createDatabaseIfMissing(database);
        System.out.println("[titrepro] " + db.describe() + ", base « " + database + " »");

        System.out.println("[titrepro] Démarrage de Keycloak (premier lancement : une minute environ)…");
        KeycloakServer keycloak = KeycloakServer.ensure(project, KeycloakServer.DEFAULT_PORT, home.resolve("keycloak.log"));
        System.out.println("[titrepro] Keycloak prêt : " + keycloak.realmUrl());

        // issue 15: the SMTP catcher of the notifications and of Keycloak's password reset (realm smtpServer)
        String smtpPort = env("TITREPRO_SMTP_PORT", "3025");
        DemoMailCatcher mail = DemoMailCatcher.ensure(Integer.parseInt(smtpPort));

        String port = env("TITREPRO_HTTP_PORT", "8080");
        // the packaged application serves /q/health and /q/metrics on its management port (built with
        // %prod.quarkus.management.enabled, a build-time setting), whatever the run-time profile
        String management = env("TITREPRO_MANAGEMENT_PORT", "9000");
        ProcessBuilder app = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=demo",
                "-Dquarkus.http.port=" + port,
                "-jar", project.resolve("target/quarkus-app/quarkus-run.jar").toString()))
                .inheritIO();
        app.environment().put("TITREPRO_DB_URL", db.jdbcUrl(database));
        app.environment().put("TITREPRO_DB_USER", db.user());
        app.environment().put("TITREPRO_DB_PASSWORD", db.password());
        app.environment().put("TITREPRO_OIDC_URL", keycloak.realmUrl());
        app.environment().put("TITREPRO_MANAGEMENT_PORT", management);
        app.environment().put("TITREPRO_SMTP_HOST", "127.0.0.1");
        app.environment().put("TITREPRO_SMTP_PORT", smtpPort);
        Process process = app.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            process.destroy();
            keycloak.stop();
            mail.stop();
        }));
        if (awaitReady("http://127.0.0.1:" + management + "/q/health/ready", process)) {
            printBanner(port, management);
        }
        System.exit(process.waitFor());
    }

    private static boolean awaitReady(String url, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        HttpClient client = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void printBanner(String port, String management) {
        System.out.println("""

                ==================================================================
                 titrepro est prêt : http://127.0.0.1:%s/
                 API : http://127.0.0.1:%s/q/swagger-ui   Santé : http://127.0.0.1:%s/q/health

                 Comptes de démonstration (identifiant / mot de passe) :
                   admin / admin            administration (DREETS)
                   centre / centre          centre agréé
                   centre2 / centre2        second centre agréé
                   jury / jury, jury2 / jury2, jury3 / jury3   membres de jury
                   candidat / candidat, candidat2 / candidat2  candidats
                   conseiller / conseiller, conseiller2 / conseiller2   conseillers VAE

                 Courriels (serveur SMTP local 127.0.0.1:3025, rien ne sort de la machine) :
                   admin → « Courriels envoyés » http://127.0.0.1:%s/admin/mails ; aussi affichés ici

                 Ctrl-C arrête l'application, Keycloak et la base embarquée.
                ==================================================================
                """.formatted(port, port, management, port));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
