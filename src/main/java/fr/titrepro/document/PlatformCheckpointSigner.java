package fr.titrepro.document;

import fr.titrepro.shared.audit.CheckpointSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;

/** The audit checkpoints are signed with the key that signs the documents (PAdES), verified with its certificate. */
@ApplicationScoped
public class PlatformCheckpointSigner implements CheckpointSigner {

    @Inject
    SigningKeyProvider keys;

    @Override
    public Signed sign(byte[] payload) {
        PadesSigner signer = keys.signer();
        try {
            return new Signed(signer.signatureAlgorithm(), signer.signDetached(payload),
                    signer.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Certificat de signature illisible", e);
        }
    }

    @Override
    public boolean verify(byte[] payload, byte[] signature, String algorithm) {
        try {
            Signature check = Signature.getInstance(algorithm);
            check.initVerify(keys.signer().certificate().getPublicKey());
            check.update(payload);
            return check.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
