package fr.titrepro.document;

import fr.titrepro.document.SignatureChecks.Verdict;
import fr.titrepro.document.longterm.DocumentTimestamps;
import fr.titrepro.document.longterm.TimestampRenewalPolicy.Decision;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The renewal job on a stored document (issue 16): the end of its archive timestamp's authority is recorded at
 * issue; nothing is done while it lies beyond the margin; with the clock moved to 30 days before it, the stored PDF
 * gets a new document timestamp in an incremental update (the issued bytes kept), its hash and size follow, and the
 * document still verifies.
 */
@QuarkusTest
class TimestampRenewalTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    DocumentService documents;

    @jakarta.inject.Inject
    fr.titrepro.document.IssuedDocuments issued;

    @Inject
    IssuedDocumentRepository repository;

    @Inject
    TimestampRenewal renewal;

    @Test
    void aStoredPdfIsRenewedOnlyWhenItsAuthorityEndsWithinTheMargin() throws Exception {
        IssuedDocument issued = fixtures.issueTriParchemin(fixtures.newCandidate(null).id, LocalDate.of(2026, 3, 12),
                "Lyon");
        byte[] before = pdf(issued.id);
        Instant expires = issued.archiveExpiresAt;
        assertThat(expires).as("recorded at issue").isNotNull()
                .isEqualTo(DocumentTimestamps.last(before).orElseThrow().authority().getNotAfter().toInstant());

        assertThat(renewal.renew(issued.id, Instant.now())).isEqualTo(Decision.KEEP);
        assertThat(pdf(issued.id)).isEqualTo(before);

        Instant late = expires.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(renewal.renew(issued.id, late)).isEqualTo(Decision.RENEW_EXPIRING);
        byte[] after = pdf(issued.id);
        assertThat(Arrays.copyOf(after, before.length)).as("issued bytes kept").isEqualTo(before);
        try (PDDocument doc = Loader.loadPDF(after)) {
            assertThat(doc.getSignatureDictionaries()).hasSize(3);
        }
        assertThat(SignatureChecks.javaVerdict(after)).isEqualTo(Verdict.VALID);
        IssuedDocument stored = QuarkusTransaction.requiringNew().call(() -> repository.findById(issued.id));
        assertThat(stored.pdfSha256).isEqualTo(DocumentService.sha256(after));
        assertThat(stored.pdfSize).isEqualTo(after.length);
        assertThat(stored.archiveRenewedAt).isEqualTo(late);
        assertThat(stored.archiveExpiresAt).isNotNull();
        given().accept("application/json").get("/verify/" + issued.code).then().statusCode(200)
                .body("status", equalTo("VALID"));
    }

    private byte[] pdf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> issued.pdf(repository.findById(id)));
    }
}
