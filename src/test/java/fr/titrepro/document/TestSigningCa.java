package fr.titrepro.document;

import fr.titrepro.document.signing.PadesSigner;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A test certification authority issuing the platform's signing certificate, with its CRL, as a real one would. */
final class TestSigningCa {

    private static final X500Name NAME = new X500Name("CN=Autorite de certification de test, O=titrepro, C=FR");
    private final KeyPair keys = ecKeys();
    final X509Certificate root;

    TestSigningCa(Instant from) {
        root = build(new JcaX509v3CertificateBuilder(NAME, BigInteger.valueOf(System.nanoTime()), Date.from(from),
                Date.from(from.plus(Duration.ofDays(30 * 366))), NAME, keys.getPublic()), true);
    }

    /** A signing certificate valid from {@code from} to {@code until} whose CRL is published at {@code crlUrl}. */
    PadesSigner.Credentials issue(Instant from, Instant until, String crlUrl) {
        KeyPair leaf = ecKeys();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(NAME,
                    BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(until),
                    new X500Name("CN=titrepro - cle de courte duree, O=titrepro, C=FR"), leaf.getPublic());
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[]{
                    new DistributionPoint(new DistributionPointName(new GeneralNames(
                            new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))), null, null)}));
            return new PadesSigner.Credentials(leaf.getPrivate(), List.of(build(builder, false), root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The (empty) CRL as issued at {@code at}. */
    X509CRL crl(Instant at) {
        try {
            return new JcaX509CRLConverter().getCRL(new JcaX509v2CRLBuilder(root, Date.from(at))
                    .setNextUpdate(Date.from(at.plus(Duration.ofDays(3650))))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate build(JcaX509v3CertificateBuilder builder, boolean authority) {
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(authority
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
