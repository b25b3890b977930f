package fr.titrepro.document;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import fr.titrepro.document.SignatureChecks.Verdict;
import fr.titrepro.document.longterm.CrlSource;
import fr.titrepro.document.longterm.DocumentTimestamps;
import fr.titrepro.document.longterm.LocalTimestampAuthority;
import fr.titrepro.document.longterm.LongTermArchiver;
import fr.titrepro.document.longterm.TimestampRenewalPolicy.Decision;
import fr.titrepro.document.longterm.TimestampRenewalPolicy;
import fr.titrepro.document.render.LivretPdf;
import fr.titrepro.document.signing.PadesSigner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static fr.titrepro.document.DocumentSamples.AUTHORITY;
import static fr.titrepro.document.DocumentSamples.LIVRET;
import static fr.titrepro.document.DocumentSamples.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 16, renewal of the archive timestamp: a livret signed 300 days ago (its signing certificate long expired),
 * timestamped by an authority whose certificate ends in 99 days — within the one-year margin — gets a new document
 * timestamp from a fresh authority. The earlier revision stays byte for byte; our check, the EU's DSS and poppler's
 * pdfsig still find it valid; and DSS validating after the first authority's certificate has ended finds the renewed
 * file valid (B-LTA) where the file left as it was no longer is.
 */
class ArchiveTimestampRenewalTest {

    static final Duration MARGIN = Duration.ofDays(365);
    static TestWeb web;
    static byte[] archived;
    static byte[] renewed;
    static List<X509Certificate> anchors;
    static LocalTimestampAuthority fresh;

    @BeforeAll
    static void signThenRenew() {
        web = TestWeb.start();
        Instant signedAt = Instant.now().minus(Duration.ofDays(300));
        TestSigningCa ca = new TestSigningCa(signedAt.minus(Duration.ofDays(30)));
        PadesSigner.Credentials shortLived = ca.issue(signedAt.minus(Duration.ofDays(1)),
                signedAt.plus(Duration.ofDays(1)), web.url("/crl/ca"));
        X509CRL crlThen = ca.crl(signedAt);
        web.serve("/crl/ca", () -> encoded(crlThen));
        // the first authority's certificate: 400 days from the day before the signature, so it ends in 99 days
        LocalTimestampAuthority then = new LocalTimestampAuthority(Clock.fixed(signedAt, ZoneOffset.UTC), null,
                Duration.ofDays(400));
        CrlSource crls = new CrlSource(Clock.systemUTC());
        archived = new PadesSigner(shortLived, "France", then, new LongTermArchiver(then, crls))
                .sign(LivretPdf.render(LIVRET, AUTHORITY, STAMP), "Test", signedAt);
        fresh = new LocalTimestampAuthority(Clock.systemUTC());
        renewed = new LongTermArchiver(fresh, crls).renew(archived);
        anchors = List.of(ca.root, then.root(), fresh.root());
    }

    @Test
    void thePolicyAsksForTheRenewalAndNoLongerAfterIt() {
        assertThat(decision(archived, Instant.now())).isEqualTo(Decision.RENEW_EXPIRING);
        assertThat(decision(renewed, Instant.now())).isEqualTo(Decision.KEEP);
        assertThat(DocumentTimestamps.last(renewed).orElseThrow().authority())
                .isEqualTo(fresh.chain().getFirst());
    }

    @Test
    void theRenewalAppendsATimestampAndKeepsThePreviousRevision() throws Exception {
        assertThat(renewed.length).isGreaterThan(archived.length);
        assertThat(Arrays.copyOf(renewed, archived.length)).as("earlier revision kept byte for byte")
                .isEqualTo(archived);
        try (PDDocument before = Loader.loadPDF(archived); PDDocument after = Loader.loadPDF(renewed)) {
            assertThat(before.getSignatureDictionaries()).hasSize(2);
            assertThat(after.getSignatureDictionaries()).as("signature, first and second document timestamps")
                    .hasSize(3);
        }
        assertThat(SignatureChecks.javaVerdict(renewed)).isEqualTo(Verdict.VALID);
        assertThat(SignatureChecks.javaVerdict(SignatureChecks.tampered(renewed))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void dssFindsTheRenewedFileValidNowAndAfterTheFirstAuthorityEnded() {
        DssValidation.Result now = DssValidation.validate(renewed, anchors, Instant.now());
        assertThat(now.indication()).as(now.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(now.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);

        Instant later = Instant.now().plus(Duration.ofDays(200));
        DssValidation.Result renewedLater = DssValidation.validate(renewed, anchors, later);
        assertThat(renewedLater.indication()).as(renewedLater.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(renewedLater.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        DssValidation.Result notRenewedLater = DssValidation.validate(archived, anchors, later);
        assertThat(notRenewedLater.indication()).as(notRenewedLater.report()).isNotEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void popplerPdfsigStillValidatesTheSignatureAndSeesBothTimestamps() {
        assumeTrue(SignatureChecks.pdfsigInstalled(),
                "pdfsig (paquet poppler-utils) n'est pas installé : validation indépendante non exécutée");
        String report = SignatureChecks.pdfsig(renewed);
        assertThat(report).contains("Signature #1:", "Signature Type: ETSI.CAdES.detached",
                "Signature Validation: Signature is Valid.", "Signature #2:", "Signature #3:",
                "Total document signed");
        assertThat(SignatureChecks.pdfsig(SignatureChecks.tampered(renewed)))
                .contains("Signature Validation: Digest Mismatch.");
    }

    private static Decision decision(byte[] pdf, Instant now) {
        return TimestampRenewalPolicy.decide(TimestampRenewalPolicy.evidence(DocumentTimestamps.last(pdf)), now,
                MARGIN);
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        web.stop();
    }
}
