package fr.titrepro.document;

import fr.titrepro.document.verification.VerificationCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the CCP credentials of a session are inserted in one JDBC batch, outside Hibernate. What Hibernate reads
 * back must be exactly what it would have written itself: the instants (UTC, microseconds), the date, the nulls, the
 * enums, and each document's own id.
 */
@QuarkusTest
class IssuedDocumentBatchTest {

    @Inject
    IssuedDocumentRepository repository;

    @Test
    void aBatchOfDocumentsReadsBackAsHibernateWouldHaveStoredIt() {
        Instant issuedAt = Instant.parse("2026-07-14T21:30:15.123456Z"); // late evening in UTC: the next day in Paris
        Instant archive = Instant.parse("2036-01-02T03:04:05.000001Z");
        IssuedDocument first = document("BATCH/1/" + System.nanoTime(), issuedAt, archive);
        IssuedDocument second = document("BATCH/2/" + System.nanoTime(), issuedAt.plusSeconds(1), null);

        QuarkusTransaction.requiringNew().run(() -> repository.insertAll(List.of(first, second)));

        assertThat(first.id).isNotNull();
        assertThat(second.id).isNotNull().isNotEqualTo(first.id);
        QuarkusTransaction.requiringNew().run(() -> {
            IssuedDocument a = repository.findById(first.id);
            IssuedDocument b = repository.findById(second.id);
            assertThat(a.code).isEqualTo(first.code);
            assertThat(a.seriesKey).isEqualTo(first.seriesKey);
            assertThat(a.kind).isEqualTo(DocumentKind.CCP);
            assertThat(a.status).isEqualTo(DocumentStatus.VALID);
            assertThat(a.version).isEqualTo(1);
            assertThat(a.issuedAt).isEqualTo(issuedAt);
            assertThat(a.archiveExpiresAt).isEqualTo(archive);
            assertThat(a.eventDate).isEqualTo(LocalDate.of(2026, 7, 14));
            assertThat(a.sessionId).isNull(); // a session id (foreign key) is written by CredentialResourceTest
            assertThat(a.pdfSha256).isNull();
            assertThat(a.snapshot).isEqualTo(first.snapshot);
            assertThat(a.holderName).isEqualTo("Élodie N'Diaye-Müller");
            assertThat(b.code).isEqualTo(second.code);
            assertThat(b.issuedAt).isEqualTo(issuedAt.plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
            assertThat(b.archiveExpiresAt).isNull();
            assertThat(repository.findByCode(second.code)).map(d -> d.id).contains(second.id);
        });
    }

    private static IssuedDocument document(String series, Instant issuedAt, Instant archive) {
        IssuedDocument d = new IssuedDocument();
        d.kind = DocumentKind.CCP;
        d.seriesKey = series;
        d.version = 1;
        d.status = DocumentStatus.VALID;
        d.code = VerificationCode.generate();
        d.holderName = "Élodie N'Diaye-Müller";
        d.titleCode = "TP-00496";
        d.titleVersion = "05";
        d.titleName = "CCP 1 – Test (Technicien réseaux IP)";
        d.outcome = "CCP obtenu";
        d.eventDate = LocalDate.of(2026, 7, 14);
        d.eventPlace = "Lyon";
        d.snapshot = "{\"holder\":\"Élodie\",\"n\":" + series.length() + "}";
        d.pdfSize = 0;
        d.issuedAt = issuedAt;
        d.issuedBy = "admin";
        d.archiveExpiresAt = archive;
        d.credentialSalt = "0011223344556677";
        return d;
    }
}
