package fr.titrepro.document.signing;

import fr.titrepro.shared.audit.CheckpointSigner;
import fr.titrepro.shared.audit.SigningKeyTrust;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.cert.CertificateEncodingException;
import java.util.List;
import java.util.Optional;

/**
 * The audit checkpoints are signed with the key that signs the documents (PAdES). They are verified with the
 * certificate each one carries when it is the platform's current certificate or a retired one listed in
 * {@code titrepro.audit.trusted-certificates} (SHA-256 fingerprints): after a key rotation the checkpoints signed
 * with the former key still verify once its fingerprint is listed there.
 */
@ApplicationScoped
public class PlatformCheckpointSigner implements CheckpointSigner {

    @Inject
    SigningKeyProvider keys;

    @ConfigProperty(name = "titrepro.audit.trusted-certificates")
    Optional<List<String>> retired;

    private volatile SigningKeyTrust trust;

    @Override
    public Signed sign(byte[] payload) {
        PadesSigner signer = keys.signer();
        return new Signed(signer.signatureAlgorithm(), signer.signDetached(payload), certificate(signer));
    }

    @Override
    public SigningKeyTrust trust() {
        SigningKeyTrust t = trust;
        if (t == null) {
            t = new SigningKeyTrust(certificate(keys.signer()), retired.orElse(List.of()));
            trust = t;
        }
        return t;
    }

    private static byte[] certificate(PadesSigner signer) {
        try {
            return signer.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Certificat de signature illisible", e);
        }
    }
}
