package fr.titrepro.document;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import fr.titrepro.document.SignatureChecks.Verdict;
import fr.titrepro.document.longterm.CrlSource;
import fr.titrepro.document.longterm.HttpTimestampAuthority;
import fr.titrepro.document.longterm.LocalTimestampAuthority;
import fr.titrepro.document.longterm.LongTermArchiver;
import fr.titrepro.document.longterm.TimestampAuthority;
import fr.titrepro.document.render.LivretPdf;
import fr.titrepro.document.render.ParcheminPdf;
import fr.titrepro.document.signing.DemoSigningKey;
import fr.titrepro.document.signing.PadesSigner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static fr.titrepro.document.DocumentSamples.AUTHORITY;
import static fr.titrepro.document.DocumentSamples.LIVRET;
import static fr.titrepro.document.DocumentSamples.PARCHEMIN;
import static fr.titrepro.document.DocumentSamples.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PAdES B-LTA (issue 16), judged by validators we did not write: the EU's DSS (level, validity now and after the
 * signing certificate expired, with the demo key and the local authority's root as the only trust anchors) and
 * poppler's pdfsig (the CAdES signature; poppler 22 neither verifies document timestamps nor accepts a validation
 * time, so the level and the expiry case are DSS's findings).
 */
class LongTermSignatureTest {

    static LocalTimestampAuthority tsa;
    static PadesSigner.Credentials demo;
    static byte[] parchemin;
    static TestWeb web;

    @BeforeAll
    static void signOnce() {
        web = TestWeb.start();
        tsa = new LocalTimestampAuthority(Clock.systemUTC());
        demo = DemoSigningKey.read(DemoSigningKey.generatePkcs12(), DemoSigningKey.PASSWORD, DemoSigningKey.ALIAS);
        parchemin = longTerm(demo, tsa).sign(ParcheminPdf.render(PARCHEMIN, AUTHORITY, STAMP), "Test", Instant.now());
    }

    @Test
    void dssFindsTheParcheminValidAtBaselineLta() {
        DssValidation.Result result = DssValidation.validate(parchemin, List.of(demo.certificate(), tsa.root()),
                Instant.now());
        assertThat(result.indication()).as(result.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(result.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(SignatureChecks.javaVerdict(parchemin)).isEqualTo(Verdict.VALID);
    }

    @Test
    void oneChangedByteInvalidatesItForDssAndForJava() {
        byte[] tampered = SignatureChecks.tampered(parchemin);
        DssValidation.Result result = DssValidation.validate(tampered, List.of(demo.certificate(), tsa.root()),
                Instant.now());
        assertThat(result.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(result.subIndication()).isEqualTo("HASH_FAILURE");
        assertThat(SignatureChecks.javaVerdict(tampered)).isEqualTo(Verdict.INVALID);
    }

    /**
     * Signed two years ago with a certificate of a test CA that expired the next day: the timestamps prove the
     * signature existed while the certificate was valid, so DSS validating today still passes; the same signature
     * without them (B-B) can no longer be proven valid.
     */
    @Test
    void stillValidAfterTheSigningCertificateExpired() {
        Instant signedAt = Instant.now().minus(Duration.ofDays(730));
        TestSigningCa ca = new TestSigningCa(signedAt.minus(Duration.ofDays(30)));
        PadesSigner.Credentials shortLived = ca.issue(signedAt.minus(Duration.ofDays(1)),
                signedAt.plus(Duration.ofDays(1)), web.url("/crl/ca"));
        X509CRL crlThen = ca.crl(signedAt);
        web.serve("/crl/ca", () -> encoded(crlThen));
        LocalTimestampAuthority then = new LocalTimestampAuthority(Clock.fixed(signedAt, ZoneOffset.UTC));
        List<X509Certificate> anchors = List.of(ca.root, then.root());
        byte[] livret = LIVRET_PDF.get();

        byte[] longTerm = longTerm(shortLived, then).sign(livret, "Test", signedAt);
        DssValidation.Result today = DssValidation.validate(longTerm, anchors, Instant.now());
        assertThat(today.indication()).as(today.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(today.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(today.bestSignatureTime()).isBefore(Date.from(signedAt.plus(Duration.ofDays(1))));

        byte[] baseline = new PadesSigner(shortLived, "France").sign(livret, "Test", signedAt);
        DssValidation.Result withoutTimestamp = DssValidation.validate(baseline, anchors, Instant.now());
        assertThat(withoutTimestamp.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(withoutTimestamp.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
    }

    @Test
    void popplerPdfsigValidatesTheSignatureAndSeesTheDocumentTimestamp() {
        assumeTrue(SignatureChecks.pdfsigInstalled(),
                "pdfsig (paquet poppler-utils) n'est pas installé : validation indépendante non exécutée");
        String report = SignatureChecks.pdfsig(parchemin);
        assertThat(report).contains("Signature #1:", "Signature Type: ETSI.CAdES.detached",
                "Signature Validation: Signature is Valid.", "Signature #2:",
                "Signer Certificate Common Name: titrepro - horodatage de test", "Total document signed");
        assertThat(SignatureChecks.pdfsig(SignatureChecks.tampered(parchemin)))
                .contains("Signature Validation: Digest Mismatch.").doesNotContain("Signature is Valid.");
    }

    @Test
    void theDocumentSecurityStoreHoldsBothChainsAndTheAuthoritysCrl() throws Exception {
        try (PDDocument doc = Loader.loadPDF(parchemin)) {
            COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertThat(dss).isNotNull();
            assertThat(((COSArray) dss.getDictionaryObject(COSName.getPDFName("Certs"))).size())
                    .as("demo key, timestamping certificate, its root").isEqualTo(3);
            assertThat(((COSArray) dss.getDictionaryObject(COSName.getPDFName("CRLs"))).size()).isEqualTo(1);
        }
    }

    /**
     * A remote authority (TITREPRO_TSA_URL): RFC 3161 over HTTP, its CRL fetched from the distribution point its
     * certificate names, the nonce checked.
     */
    @Test
    void aRemoteAuthorityOverHttpGivesTheSameLevel() {
        LocalTimestampAuthority remoteAuthority = new LocalTimestampAuthority(Clock.systemUTC(), web.url("/crl/tsa"));
        web.serve("/crl/tsa", () -> encoded(remoteAuthority.revocationData().getFirst()));
        web.answer("/tsa", remoteAuthority::respond);
        TimestampAuthority remote = new HttpTimestampAuthority(URI.create(web.url("/tsa")),
                new CrlSource(Clock.systemUTC()));
        byte[] signed = longTerm(demo, remote).sign(LIVRET_PDF.get(), "Test", Instant.now());
        assertThat(web.posts("/tsa")).as("signature timestamp, document timestamp").isEqualTo(2);
        DssValidation.Result result = DssValidation.validate(signed,
                List.of(demo.certificate(), remoteAuthority.root()), Instant.now());
        assertThat(result.indication()).as(result.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(result.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.function.Supplier<byte[]> LIVRET_PDF = () -> LivretPdf.render(LIVRET, AUTHORITY,
            STAMP);

    private static PadesSigner longTerm(PadesSigner.Credentials credentials, TimestampAuthority authority) {
        return new PadesSigner(credentials, "France", authority,
                new LongTermArchiver(authority, new CrlSource(Clock.systemUTC())));
    }

    @AfterAll
    static void stopWeb() {
        web.stop();
    }
}
