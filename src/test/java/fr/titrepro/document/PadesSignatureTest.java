package fr.titrepro.document;

import fr.titrepro.document.SignatureChecks.Verdict;
import fr.titrepro.document.render.LivretPdf;
import fr.titrepro.document.render.ParcheminPdf;
import fr.titrepro.document.signing.DemoSigningKey;
import fr.titrepro.document.signing.PadesSigner;
import fr.titrepro.support.PdfText;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static fr.titrepro.document.DocumentSamples.AUTHORITY;
import static fr.titrepro.document.DocumentSamples.LIVRET;
import static fr.titrepro.document.DocumentSamples.PARCHEMIN;
import static fr.titrepro.document.DocumentSamples.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** PAdES signatures hold, from Java and for poppler's pdfsig; one changed byte breaks them. */
class PadesSignatureTest {

    static PadesSigner demo;

    @BeforeAll
    static void demoKey() {
        demo = new PadesSigner(DemoSigningKey.read(DemoSigningKey.generatePkcs12(), DemoSigningKey.PASSWORD,
                DemoSigningKey.ALIAS), "France");
    }

    @Test
    void signedParcheminIsValidAndOneChangedByteInvalidatesIt() {
        byte[] signed = demo.sign(ParcheminPdf.render(PARCHEMIN, AUTHORITY, STAMP), "Test", Instant.now());
        assertThat(SignatureChecks.javaVerdict(signed)).isEqualTo(Verdict.VALID);
        assertThat(SignatureChecks.javaVerdict(SignatureChecks.tampered(signed))).isEqualTo(Verdict.INVALID);
        assertThat(PdfText.text(signed)).contains("Camille Durand");
    }

    /** « Invalid » is a finding about a signature: a file that cannot be read is reported apart, not as invalid. */
    @Test
    void aFileThatCannotBeReadIsUnreadableNotInvalid() {
        byte[] signed = demo.sign(ParcheminPdf.render(PARCHEMIN, AUTHORITY, STAMP), "Test", Instant.now());
        byte[] truncated = java.util.Arrays.copyOf(signed, 200);
        assertThat(SignatureChecks.javaVerdict(truncated)).isEqualTo(Verdict.UNREADABLE);
        assertThat(SignatureChecks.javaVerdict("pas un PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(Verdict.UNREADABLE);
        assertThat(SignatureChecks.javaVerdict(ParcheminPdf.render(PARCHEMIN, AUTHORITY, STAMP)))
                .as("a PDF without signature").isEqualTo(Verdict.UNREADABLE);
    }

    @Test
    void signedLivretIsValidForJava() {
        byte[] signed = demo.sign(LivretPdf.render(LIVRET, AUTHORITY, STAMP), "Test", Instant.now());
        assertThat(SignatureChecks.javaVerdict(signed)).isEqualTo(Verdict.VALID);
        assertThat(SignatureChecks.javaVerdict(SignatureChecks.tampered(signed))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void popplerPdfsigValidatesTheSignatureAndDetectsTampering() {
        assumeTrue(SignatureChecks.pdfsigInstalled(),
                "pdfsig (paquet poppler-utils) n'est pas installé : validation indépendante non exécutée");
        byte[] signed = demo.sign(ParcheminPdf.render(PARCHEMIN, AUTHORITY, STAMP), "Test", Instant.now());
        String report = SignatureChecks.pdfsig(signed);
        assertThat(report).contains("Signature Type: ETSI.CAdES.detached", "Total document signed",
                "Signature Validation: Signature is Valid.", "titrepro - cle de demonstration");
        String tampered = SignatureChecks.pdfsig(SignatureChecks.tampered(signed));
        assertThat(tampered).contains("Signature Validation: Digest Mismatch.").doesNotContain("Signature is Valid.");
    }

    @Test
    void aConfiguredRsaKeyWithItsChainSignsToo() throws Exception {
        byte[] signed = rsaSigned();
        assertThat(SignatureChecks.javaVerdict(signed)).isEqualTo(Verdict.VALID);
    }

    @Test
    void popplerPdfsigValidatesAConfiguredRsaKeyWithItsChain() throws Exception {
        assumeTrue(SignatureChecks.pdfsigInstalled(),
                "pdfsig (paquet poppler-utils) n'est pas installé : validation indépendante non exécutée");
        assertThat(SignatureChecks.pdfsig(rsaSigned())).contains("Signature is Valid.", "Plateforme titrepro");
    }

    private static byte[] rsaSigned() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(3072);
        KeyPair ca = g.generateKeyPair();
        KeyPair leaf = g.generateKeyPair();
        X500Name caName = new X500Name("CN=Autorite de test, O=titrepro, C=FR");
        X509Certificate caCert = certificate(caName, caName, ca, ca);
        X509Certificate leafCert = certificate(new X500Name("CN=Plateforme titrepro, O=titrepro, C=FR"), caName,
                leaf, ca);
        PadesSigner rsa = new PadesSigner(new PadesSigner.Credentials(leaf.getPrivate(), List.of(leafCert, caCert)),
                "Paris");
        return rsa.sign(LivretPdf.render(LIVRET, AUTHORITY, STAMP), "Test", Instant.now());
    }

    @Test
    void aPkcs12KeystoreIsReadByAliasAndAWrongPasswordIsReported() throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(new java.io.ByteArrayInputStream(DemoSigningKey.generatePkcs12()), DemoSigningKey.PASSWORD);
        java.security.KeyStore copy = java.security.KeyStore.getInstance("PKCS12");
        copy.load(null, null);
        copy.setKeyEntry("plateforme", store.getKey(DemoSigningKey.ALIAS, DemoSigningKey.PASSWORD),
                "secret".toCharArray(), store.getCertificateChain(DemoSigningKey.ALIAS));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        copy.store(out, "secret".toCharArray());
        PadesSigner.Credentials byAlias = DemoSigningKey.read(out.toByteArray(), "secret".toCharArray(), "plateforme");
        PadesSigner.Credentials first = DemoSigningKey.read(out.toByteArray(), "secret".toCharArray(), null);
        assertThat(byAlias.certificate()).isEqualTo(first.certificate());
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        DemoSigningKey.read(out.toByteArray(), "faux".toCharArray(), "plateforme"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mot de passe");
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys,
                                               KeyPair issuerKeys) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(System.nanoTime()), Date.from(Instant.now().minusSeconds(3600)),
                Date.from(Instant.now().plusSeconds(86400)), subject, subjectKeys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
