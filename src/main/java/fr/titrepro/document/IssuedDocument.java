package fr.titrepro.document;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document issued once and kept: its data snapshot, the hash of its signed PDF (stored apart in
 * {@link DocumentPdf}), its public verification code and its status. Versions of the same document form a series;
 * issuing a new version supersedes the valid one. Nothing is ever deleted.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends IdEntity {

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    @Column(name = "series_key")
    public String seriesKey;
    public int version;
    @Enumerated(EnumType.STRING)
    public DocumentStatus status;
    public String code;
    /** The candidate the document is issued to; null for a session's PV. */
    @Column(name = "candidate_id")
    public Long candidateId;
    /** The session whose deliberation issued it (null for documents issued outside a session). */
    @Column(name = "session_id")
    public Long sessionId;
    @Column(name = "holder_name")
    public String holderName;
    @Column(name = "title_code")
    public String titleCode;
    @Column(name = "title_version")
    public String titleVersion;
    @Column(name = "title_name")
    public String titleName;
    /** What the document certifies, in French (e.g. « Titre professionnel obtenu »). */
    public String outcome;
    /** Date of the jury's PV the document comes from. */
    @Column(name = "event_date")
    public LocalDate eventDate;
    @Column(name = "event_place")
    public String eventPlace;
    /** JSON of the data the PDF was built from. */
    public String snapshot;
    /** SHA-256 of the signed PDF; null for a CCP credential, which has none. */
    @Column(name = "pdf_sha256")
    public String pdfSha256;
    @Column(name = "pdf_size")
    public int pdfSize;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "superseded_at")
    public Instant supersededAt;
    @ManyToOne
    @JoinColumn(name = "superseded_by_id")
    public IssuedDocument supersededBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revocation_reason")
    public String revocationReason;
    /**
     * When the certificate of the authority of the PDF's last document timestamp ends (issue 16): the renewal job
     * picks the documents whose end falls within its margin; null when not known (checked on the next run).
     */
    @Column(name = "archive_expires_at")
    public Instant archiveExpiresAt;
    /** When the document timestamp was last renewed (null: never). */
    @Column(name = "archive_renewed_at")
    public Instant archiveRenewedAt;
    /** Salt of the credential's hashed birth date, drawn at issue (CCP credentials); null: from the PDF's hash. */
    @Column(name = "credential_salt")
    public String credentialSalt;

    /** The first or next version of a document's series, valid, as {@link DocumentService#issue} stores it. */
    static IssuedDocument issued(DocumentService.DocumentDraft draft, int version, String code, String snapshot,
                                 String pdfSha256, int pdfSize, Instant issuedAt, String issuedBy) {
        IssuedDocument d = new IssuedDocument();
        d.kind = draft.kind();
        d.seriesKey = draft.seriesKey();
        d.version = version;
        d.status = DocumentStatus.VALID;
        d.code = code;
        d.candidateId = draft.candidateId();
        d.holderName = draft.holderName();
        d.titleCode = draft.titleCode();
        d.titleVersion = draft.titleVersion();
        d.titleName = draft.titleName();
        d.outcome = draft.outcome();
        d.eventDate = draft.eventDate();
        d.eventPlace = draft.eventPlace();
        d.snapshot = snapshot;
        d.pdfSha256 = pdfSha256;
        d.pdfSize = pdfSize;
        d.issuedAt = issuedAt;
        d.issuedBy = issuedBy;
        return d;
    }

    /** File name offered on download, e.g. parchemin-TP-00496-v1-7KQM3XPA9HTV.pdf. */
    public String fileName() {
        return fileName(kind, titleCode, version, code);
    }

    static String fileName(DocumentKind kind, String titleCode, int version, String code) {
        return kind.name().toLowerCase() + "-" + titleCode + "-v" + version + "-" + code.replace("-", "") + ".pdf";
    }
}
