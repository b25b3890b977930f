package fr.titrepro.document.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/node/verify-credential.mjs}: the npm package jose checks a credential, its status list and the
 * DID document, code we did not write. Installs it with {@code npm ci} from the committed lock when needed.
 */
final class NodeJose {

    static final Path DIR = Path.of("src/test/node");

    private NodeJose() {
    }

    /** Whether node and npm answer and the script's dependencies are (or could be) installed. */
    static boolean available() {
        if (run(DIR, 60, "node", "--version") == null) {
            return false;
        }
        return Files.isDirectory(DIR.resolve("node_modules/jose"))
                || run(DIR, 180, "npm", "ci", "--no-audit", "--no-fund") != null;
    }

    static JsonNode verify(String credentialJwt, String didJson, String statusListJwt) {
        try {
            Path credential = Files.createTempFile("credential-", ".jwt");
            Path did = Files.createTempFile("did-", ".json");
            Path status = Files.createTempFile("status-", ".jwt");
            try {
                Files.writeString(credential, credentialJwt);
                Files.writeString(did, didJson);
                Files.writeString(status, statusListJwt);
                String out = run(DIR, 60, "node", "verify-credential.mjs", credential.toString(), did.toString(),
                        status.toString());
                if (out == null) {
                    throw new IllegalStateException("verify-credential.mjs a échoué");
                }
                return new ObjectMapper().readTree(out);
            } finally {
                Files.deleteIfExists(credential);
                Files.deleteIfExists(did);
                Files.deleteIfExists(status);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The standard output, or null when the command is missing or fails. */
    private static String run(Path dir, int seconds, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(seconds, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
