package fr.titrepro.deliberation;

import fr.titrepro.document.signing.DemoSigningKey;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.audit.AuditCheckpoint;
import fr.titrepro.shared.audit.AuditCheckpointRepository;
import fr.titrepro.shared.audit.AuditCheckpointService;
import fr.titrepro.shared.audit.CheckpointPolicy;
import fr.titrepro.shared.audit.SigningKeyTrust;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.decision;
import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 12, re-anchoring after a key change: the platform signs with key B (its keystore) and still trusts the
 * retired key A by its fingerprint ({@code titrepro.audit.trusted-certificates}). Checkpoints signed with A before
 * the rotation verify; the next checkpoint run re-anchors each chain with B; a checkpoint signed with a key of the
 * forger's own (C, its certificate stored next to it) is reported.
 */
@QuarkusTest
@TestProfile(KeyRotationResourceTest.RotatedKey.class)
class KeyRotationResourceTest {

    static final Path KEYS = Path.of("target", "key-rotation");
    static final char[] PASSWORD = "titrepro-demo".toCharArray();

    /** Key B in the keystore, key A retired and trusted. */
    public static class RotatedKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "titrepro.documents.signing.keystore", store("B").toAbsolutePath().toString(),
                    "titrepro.documents.signing.password", new String(PASSWORD),
                    "titrepro.audit.trusted-certificates", SigningKeyTrust.fingerprint(key("A").certificate()));
        }
    }

    record Key(PrivateKey privateKey, byte[] certificate, String algorithm) {
        byte[] sign(byte[] payload) {
            try {
                Signature s = Signature.getInstance(algorithm);
                s.initSign(privateKey);
                s.update(payload);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The same file for the profile and the test (one generation per build directory). */
    static synchronized Path store(String name) {
        Path file = KEYS.resolve(name + ".p12");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(KEYS);
                Files.write(file, DemoSigningKey.generatePkcs12());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Key key(String name) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(store(name))), PASSWORD);
            String alias = store.aliases().nextElement();
            return new Key((PrivateKey) store.getKey(alias, PASSWORD), store.getCertificate(alias).getEncoded(),
                    "SHA256withECDSA");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures fixtures;

    @Inject
    AuditCheckpointService checkpoints;

    @Inject
    AuditCheckpointRepository repository;

    @Test
    void checkpointsOfTheRetiredKeyStillVerifyTheNewKeyReanchorsAndAForeignKeyIsReported() {
        ScoringFixtures.Scenario s = signed();
        // as if the PV had been signed before the rotation: the checkpoints are A's
        resign(s.sessionId(), key("A"), true);
        as("admin").get(verify(s)).then().statusCode(200).body("status", equalTo("OK"))
                .body("chains.find { it.chain == 'DELIBERATION' }.status", equalTo("OK"))
                .body("chains.find { it.chain == 'SCORES' }.status", equalTo("OK"));

        // the next run signs both heads again with B, although they did not move; then nothing more to sign
        assertThat(checkpoints.checkpoint(s.sessionId(), AuditCheckpointService.PERIODIC)).isEqualTo(2);
        assertThat(checkpoints.checkpoint(s.sessionId(), AuditCheckpointService.PERIODIC)).isZero();
        List<AuditCheckpoint> all = QuarkusTransaction.requiringNew().call(() ->
                repository.list("sessionId = ?1 order by id", s.sessionId()));
        Key b = key("B");
        assertThat(all.getLast().reason).isEqualTo(AuditCheckpointService.KEY_ROTATION);
        assertThat(all.getLast().certificate).isEqualTo(b.certificate());
        as("centre").get(verify(s)).then().statusCode(200).body("status", equalTo("OK"));

        // a forger's checkpoint: signed with his own key, his certificate stored next to it
        resign(s.sessionId(), key("C"), false);
        as("admin").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("CHECKPOINT_INVALID"))
                .body("chains.find { it.chain == 'DELIBERATION' }.message", containsString("ne reconnaît pas"));
    }

    @Test
    void aRetiredKeyCannotVouchForAnAlteredCheckpoint() {
        ScoringFixtures.Scenario s = signed();
        resign(s.sessionId(), key("A"), true);
        // the certificate of the trusted retired key A next to a signature made with C
        Key a = key("A");
        Key c = key("C");
        QuarkusTransaction.requiringNew().run(() -> {
            AuditCheckpoint last = repository.lastOf(s.sessionId(), "DELIBERATION").orElseThrow();
            last.signature = c.sign(payload(last));
            last.certificate = a.certificate();
        });
        as("admin").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("CHECKPOINT_INVALID"))
                .body("chains.find { it.chain == 'DELIBERATION' }.message", containsString("signature"));
    }

    /** Two candidates decided and the PV signed by both jurors: both chains have a checkpoint (key B). */
    ScoringFixtures.Scenario signed() {
        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(1)
                .status(SessionStatus.DELIBERATION).create();
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(0)))
                .then().statusCode(200);
        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200).body("status", equalTo("CLOSED"));
        as("admin").get(verify(s)).then().statusCode(200).body("status", equalTo("OK"));
        return s;
    }

    /** Signs the session's checkpoints again with another key (every one, or the last of each chain). */
    void resign(long sessionId, Key key, boolean every) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<AuditCheckpoint> list = repository.list("sessionId = ?1 order by id", sessionId);
            for (AuditCheckpoint c : list) {
                boolean last = repository.lastOf(sessionId, c.chain).map(l -> l.id.equals(c.id)).orElse(false);
                if (every || last) {
                    c.algorithm = key.algorithm();
                    c.signature = key.sign(payload(c));
                    c.certificate = key.certificate();
                }
            }
        });
    }

    static byte[] payload(AuditCheckpoint c) {
        return CheckpointPolicy.payload(c.sessionId, c.chain, c.headHash, c.linkCount, c.signedAt);
    }

    static String verify(ScoringFixtures.Scenario s) {
        return "/api/sessions/" + s.sessionId() + "/audit/verify";
    }
}
