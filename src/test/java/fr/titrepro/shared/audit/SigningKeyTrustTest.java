package fr.titrepro.shared.audit;

import fr.titrepro.document.signing.DemoSigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which keys may sign an audit checkpoint after a key rotation (issue 12, « re-anchoring after a key change »):
 * the current key and the retired keys listed by fingerprint; a key of the forger's own is unknown, a trusted
 * certificate next to a signature it did not make is invalid.
 */
class SigningKeyTrustTest {

    record Key(PrivateKey privateKey, byte[] certificate) {
        byte[] sign(byte[] payload) {
            try {
                Signature s = Signature.getInstance("SHA256withECDSA");
                s.initSign(privateKey);
                s.update(payload);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final Key CURRENT = generate();
    static final Key RETIRED = generate();
    static final Key FORGER = generate();
    static final byte[] PAYLOAD = "7|DELIBERATION|ab|3|2026-03-10T10:00:00Z".getBytes();

    static Key generate() {
        try {
            char[] password = "titrepro-demo".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(DemoSigningKey.generatePkcs12()), password);
            String alias = store.aliases().nextElement();
            return new Key((PrivateKey) store.getKey(alias, password), store.getCertificate(alias).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String colons(byte[] certificate) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(
                SigningKeyTrust.fingerprint(certificate)));
    }

    static Stream<Arguments> cases() {
        List<String> retired = List.of(SigningKeyTrust.fingerprint(RETIRED.certificate()));
        return Stream.of(
                Arguments.of("signed with the current key", retired, CURRENT.sign(PAYLOAD), CURRENT.certificate(),
                        SigningKeyTrust.Verdict.VALID),
                Arguments.of("signed before the rotation with the retired key", retired, RETIRED.sign(PAYLOAD),
                        RETIRED.certificate(), SigningKeyTrust.Verdict.VALID),
                Arguments.of("retired key listed as the tools print it (A1:B2:…)", List.of(colons(RETIRED.certificate())),
                        RETIRED.sign(PAYLOAD), RETIRED.certificate(), SigningKeyTrust.Verdict.VALID),
                Arguments.of("retired key no longer trusted (not listed)", List.of(), RETIRED.sign(PAYLOAD),
                        RETIRED.certificate(), SigningKeyTrust.Verdict.UNKNOWN_KEY),
                Arguments.of("the forger's key and certificate", retired, FORGER.sign(PAYLOAD), FORGER.certificate(),
                        SigningKeyTrust.Verdict.UNKNOWN_KEY),
                Arguments.of("a trusted certificate next to the forger's signature", retired, FORGER.sign(PAYLOAD),
                        RETIRED.certificate(), SigningKeyTrust.Verdict.INVALID),
                Arguments.of("no certificate", retired, CURRENT.sign(PAYLOAD), null,
                        SigningKeyTrust.Verdict.UNKNOWN_KEY),
                Arguments.of("signature of other bytes", retired, CURRENT.sign("other".getBytes()),
                        CURRENT.certificate(), SigningKeyTrust.Verdict.INVALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdict(String name, List<String> retired, byte[] signature, byte[] certificate,
                 SigningKeyTrust.Verdict expected) {
        SigningKeyTrust trust = new SigningKeyTrust(CURRENT.certificate(), retired);
        assertThat(trust.check(PAYLOAD, signature, "SHA256withECDSA", certificate)).as(name).isEqualTo(expected);
    }

    @Test
    void aChainSignedBeforeAndAfterTheRotationVerifiesAndAForeignCheckpointIsReported() {
        SigningKeyTrust trust = new SigningKeyTrust(CURRENT.certificate(),
                List.of(SigningKeyTrust.fingerprint(RETIRED.certificate())));
        List<ChainLink> links = CheckpointPolicyTest.chain(5);
        CheckpointPolicy.Checkpoint before = checkpoint(1, links, 3, RETIRED);
        CheckpointPolicy.Checkpoint reanchored = checkpoint(2, links, 5, CURRENT);
        assertThat(CheckpointPolicy.verify(CheckpointPolicyTest.CHAIN, CheckpointPolicyTest.SESSION, links,
                List.of(before, reanchored), trust::check).status()).isEqualTo(CheckpointPolicy.Status.OK);
        assertThat(CheckpointPolicy.verify(CheckpointPolicyTest.CHAIN, CheckpointPolicyTest.SESSION, links,
                List.of(before), trust::check).status()).isEqualTo(CheckpointPolicy.Status.UNSIGNED);

        CheckpointPolicy.Report forged = CheckpointPolicy.verify(CheckpointPolicyTest.CHAIN,
                CheckpointPolicyTest.SESSION, links, List.of(before, checkpoint(3, links, 5, FORGER)), trust::check);
        assertThat(forged.status()).isEqualTo(CheckpointPolicy.Status.CHECKPOINT_INVALID);
        assertThat(forged.checkpointId()).isEqualTo(3L);
        assertThat(forged.message()).contains("clé que la plateforme ne reconnaît pas");
        assertThat(forged.signedLinks()).isEqualTo(3);
    }

    @Test
    void onlyTheCurrentKeyIsCurrent() {
        SigningKeyTrust trust = new SigningKeyTrust(CURRENT.certificate(),
                List.of(SigningKeyTrust.fingerprint(RETIRED.certificate())));
        assertThat(trust.isCurrent(CURRENT.certificate())).isTrue();
        assertThat(trust.isCurrent(RETIRED.certificate())).isFalse();
        assertThat(trust.currentFingerprint()).hasSize(64).isEqualTo(SigningKeyTrust.fingerprint(CURRENT.certificate()));
    }

    static CheckpointPolicy.Checkpoint checkpoint(long id, List<ChainLink> links, int count, Key key) {
        String head = links.get(count - 1).hash();
        byte[] payload = CheckpointPolicy.payload(CheckpointPolicyTest.SESSION, CheckpointPolicyTest.CHAIN, head, count,
                CheckpointPolicyTest.T1);
        return new CheckpointPolicy.Checkpoint(id, CheckpointPolicyTest.SESSION, CheckpointPolicyTest.CHAIN, head,
                count, CheckpointPolicyTest.T1, "SHA256withECDSA", key.sign(payload), key.certificate());
    }
}
