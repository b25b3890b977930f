package fr.titrepro.document.longterm;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A timestamp authority running inside the JVM (Bouncy Castle's {@link TimeStampResponseGenerator}) with its own
 * test chain: a root that also issues the CRL, and a timestamping certificate. For tests, dev and the demo only: its
 * root is trusted by nobody. Thread-safe (one response generator per thread); each token is generated in about a
 * millisecond, no network involved.
 */
public final class LocalTimestampAuthority implements TimestampAuthority {

    /** The policy under which the tokens are issued (an arc for tests, not a registered policy). */
    static final ASN1ObjectIdentifier TEST_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.16.1");

    private final Clock clock;
    private final X509Certificate root;
    private final X509Certificate tsa;
    private final X509CRL crl;
    private final PrivateKey tsaKey;
    private final ThreadLocal<TimeStampResponseGenerator> generators = ThreadLocal.withInitial(this::generator);
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

    /** A new chain valid from a day before {@code clock}'s present for forty-one years. */
    public LocalTimestampAuthority(Clock clock) {
        this(clock, null);
    }

    /**
     * The same, the timestamping certificate naming {@code crlUrl} as its CRL distribution point (where this
     * authority's {@link #revocationData()} is served), as a public authority's certificate does.
     */
    public LocalTimestampAuthority(Clock clock, String crlUrl) {
        this(clock, crlUrl, Duration.ofDays(41 * 366));
    }

    /**
     * The same, its timestamping certificate valid for {@code certificateLifetime} only from a day before the clock's
     * present (the root keeps its forty-one years): an authority whose certificate is near its end, whose tokens
     * must be renewed (issue 16, {@code TimestampRenewalPolicy}).
     */
    public LocalTimestampAuthority(Clock clock, String crlUrl, Duration certificateLifetime) {
        this.clock = clock;
        try {
            KeyPair rootKeys = ecKeys();
            KeyPair tsaKeys = ecKeys();
            Instant from = clock.instant().minus(Duration.ofDays(1));
            Instant until = from.plus(Duration.ofDays(41 * 366));
            X500Name rootName = new X500Name("CN=titrepro - autorite d'horodatage de test, O=titrepro, C=FR");
            root = certificate(rootName, rootName, rootKeys.getPublic(), rootKeys.getPrivate(), from, until, true,
                    null);
            tsa = certificate(new X500Name("CN=titrepro - horodatage de test, O=titrepro, C=FR"), rootName,
                    tsaKeys.getPublic(), rootKeys.getPrivate(), from, from.plus(certificateLifetime), false, crlUrl);
            crl = new JcaX509CRLConverter().getCRL(new JcaX509v2CRLBuilder(root, Date.from(clock.instant()))
                    .setNextUpdate(Date.from(until))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate())));
            tsaKey = tsaKeys.getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException("Autorité d'horodatage locale impossible à créer", e);
        }
    }

    /**
     * A response generator of this thread's own: Bouncy Castle's signs through one {@code Signature} object, which
     * concurrent requests (the documents of a batch signed on several threads) would share and corrupt.
     */
    private TimeStampResponseGenerator generator() {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsaKey, tsa),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), TEST_POLICY);
            tokens.addCertificates(new JcaCertStore(List.of(tsa, root)));
            return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (Exception e) {
            throw new IllegalStateException("Autorité d'horodatage locale impossible à créer", e);
        }
    }

    @Override
    public TimeStampToken timestamp(byte[] sha256) {
        TimeStampRequestGenerator request = new TimeStampRequestGenerator();
        request.setCertReq(true);
        try {
            return TimestampResponses.token(respond(request.generate(TSPAlgorithms.SHA256, sha256,
                    BigInteger.valueOf(serial.incrementAndGet())).getEncoded()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Horodatage impossible", e);
        }
    }

    /** The DER response to a DER request (what an HTTP timestamp service answers to application/timestamp-query). */
    public byte[] respond(byte[] request) {
        try {
            TimeStampResponse response = generators.get().generate(new TimeStampRequest(request),
                    BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant()));
            return response.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("Horodatage impossible", e);
        }
    }

    @Override
    public List<X509CRL> revocationData() {
        return List.of(crl);
    }

    @Override
    public List<X509Certificate> chain() {
        return List.of(tsa, root);
    }

    public X509Certificate root() {
        return root;
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, PublicKey key, PrivateKey signer,
                                               Instant from, Instant until, boolean authority, String crlUrl)
            throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(until), subject, key);
        if (authority) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        if (crlUrl != null) {
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[]{
                    new DistributionPoint(new DistributionPointName(new GeneralNames(
                            new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))), null, null)}));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    }
}
