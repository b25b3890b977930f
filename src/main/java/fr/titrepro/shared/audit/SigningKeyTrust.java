package fr.titrepro.shared.audit;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which keys the audit checkpoints may be signed with: the platform's current signing certificate, and the retired
 * certificates the operator still trusts (their SHA-256 fingerprints, {@code titrepro.audit.trusted-certificates},
 * kept in the configuration, out of a database administrator's reach). A checkpoint carries the DER certificate of
 * the key that signed it: it is verified with that certificate's public key only when the certificate is trusted, so
 * a checkpoint signed before a key rotation still verifies, and one signed with a key of the forger's own is
 * reported. Pure: no CDI, no I/O.
 */
public final class SigningKeyTrust {

    public enum Verdict { VALID, INVALID, UNKNOWN_KEY }

    private final byte[] current;
    private final String currentFingerprint;
    private final Set<String> retired;

    /**
     * @param currentCertificate  DER certificate of the platform's signing key
     * @param retiredFingerprints SHA-256 fingerprints (hexadecimal, with or without « : ») of retired certificates
     */
    public SigningKeyTrust(byte[] currentCertificate, Collection<String> retiredFingerprints) {
        this.current = currentCertificate.clone();
        this.currentFingerprint = fingerprint(currentCertificate);
        this.retired = retiredFingerprints.stream().map(SigningKeyTrust::normalise).filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** SHA-256 of the DER certificate, lower-case hexadecimal without separators. */
    public static String fingerprint(byte[] certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String fingerprint) {
        return fingerprint.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
    }

    public String currentFingerprint() {
        return currentFingerprint;
    }

    public byte[] currentCertificate() {
        return current.clone();
    }

    /** Whether the certificate is the current one (a checkpoint signed with another key must be re-anchored). */
    public boolean isCurrent(byte[] certificate) {
        return certificate != null && currentFingerprint.equals(fingerprint(certificate));
    }

    /** Whether this certificate may sign checkpoints: the current one or a retired one still trusted. */
    public boolean trusts(byte[] certificate) {
        return certificate != null && certificate.length > 0
                && (isCurrent(certificate) || retired.contains(fingerprint(certificate)));
    }

    /** The signature of a checkpoint over the payload, made with the key of its certificate. */
    public Verdict check(byte[] payload, byte[] signature, String algorithm, byte[] certificate) {
        if (!trusts(certificate)) {
            return Verdict.UNKNOWN_KEY;
        }
        try {
            X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate));
            Signature check = Signature.getInstance(algorithm);
            check.initVerify(x509.getPublicKey());
            check.update(payload);
            return check.verify(signature) ? Verdict.VALID : Verdict.INVALID;
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return Verdict.INVALID;
        }
    }
}
