package fr.titrepro.document.api;

import fr.titrepro.document.DocumentKind;
import fr.titrepro.document.DocumentStatus;
import fr.titrepro.document.HolderDocument;
import fr.titrepro.document.IssuedDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Issued documents as the API shows them: records only, never entities. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** A document of the logged-in candidate, with its download address (null for a CCP credential: no PDF). */
    public record MyDocument(long id, DocumentKind kind, String kindLabel, int version, DocumentStatus status,
                             String statusLabel, String titleCode, String titleName, String outcome, LocalDate date,
                             String place, Instant issuedAt, String code, String verificationUrl, String pdfUrl,
                             String revocationReason) {
    }

    /** A document as the administration sees it. */
    public record DocumentView(long id, DocumentKind kind, String seriesKey, int version, DocumentStatus status,
                               String code, Long candidateId, String holderName, String titleCode, String titleName,
                               String outcome, LocalDate date, String place, Instant issuedAt, String issuedBy,
                               Instant supersededAt, Instant revokedAt, String revokedBy, String revocationReason,
                               String pdfSha256, int pdfSize, String verificationUrl) {
    }

    /**
     * {@code total}: null without a search (not counted); with {@code totalCapped}, the count stopped there (more
     * documents match); {@code next}: pass it as {@code after} for the next page.
     */
    public record DocumentPage(List<DocumentView> items, int page, int size, Long total, boolean totalCapped,
                               String next) {
    }

    static MyDocument mine(HolderDocument d, String verificationUrl) {
        return new MyDocument(d.id(), d.kind(), d.kind().label(), d.version(), d.status(), d.status().label(),
                d.titleCode(), d.titleName(), d.outcome(), d.eventDate(), d.eventPlace(), d.issuedAt(), d.code(),
                verificationUrl, d.kind().hasPdf() ? "/api/me/documents/" + d.id() + "/pdf" : null,
                d.revocationReason());
    }

    static DocumentView admin(IssuedDocument d, String verificationUrl) {
        return new DocumentView(d.id, d.kind, d.seriesKey, d.version, d.status, d.code, d.candidateId, d.holderName,
                d.titleCode, d.titleName, d.outcome, d.eventDate, d.eventPlace, d.issuedAt, d.issuedBy, d.supersededAt,
                d.revokedAt, d.revokedBy, d.revocationReason, d.pdfSha256, d.pdfSize, verificationUrl);
    }
}
