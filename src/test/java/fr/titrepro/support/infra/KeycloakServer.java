package fr.titrepro.support.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak from the server distribution published on Maven Central (unpacked by the build into
 * target/keycloak), started in dev mode on 127.0.0.1 with the titrepro realm imported.
 * Its state is the realm file only: the H2 store is wiped at each start, so a changed realm file is always taken.
 */
public final class KeycloakServer {

    public static final String REALM = "titrepro";
    public static final int DEFAULT_PORT = 8180;

    private final int port;
    private final Process process;

    private KeycloakServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static KeycloakServer ensure(Path projectDir, int port, Path log) {
        KeycloakServer server = new KeycloakServer(port, null);
        if (server.realmAnswers()) {
            return server;
        }
        Path home = distribution(projectDir);
        try {
            Path data = home.resolve("data");
            deleteTree(data.resolve("h2"));
            Files.createDirectories(data.resolve("import"));
            Files.copy(projectDir.resolve("keycloak/titrepro-realm.json"), data.resolve("import/titrepro-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path kc = home.resolve("bin/kc.sh");
            kc.toFile().setExecutable(true);
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of("bash", kc.toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port,
                    "--hostname=http://127.0.0.1:" + port,
                    "--import-realm", "--cache=local"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin");
            pb.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin");
            Process process = pb.start();
            KeycloakServer started = new KeycloakServer(port, process);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            started.awaitRealm(Duration.ofMinutes(4), log);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Impossible de démarrer Keycloak depuis " + home, e);
        }
    }

    private static Path distribution(Path projectDir) {
        String configured = System.getProperty("titrepro.keycloak.home");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        Path unpacked = projectDir.resolve("target/keycloak");
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("keycloak-"))
                    .filter(p -> Files.exists(p.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Distribution Keycloak absente de " + unpacked
                            + " : lancer d'abord « mvn package » (elle est téléchargée par Maven)."));
        } catch (IOException e) {
            throw new IllegalStateException("Distribution Keycloak absente de " + unpacked, e);
        }
    }

    private void awaitRealm(Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (realmAnswers()) {
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Keycloak s'est arrêté au démarrage ; voir " + log);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("Keycloak n'a pas démarré en " + timeout.toSeconds() + " s ; voir " + log);
    }

    private boolean realmAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
