package fr.titrepro.document;

import fr.titrepro.document.signing.SigningKeyProvider;
import fr.titrepro.shared.metrics.BusinessMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the new versions of documents once their PDF is signed: one by one for a document issued alone (the entity
 * stays managed, its caller may complete it), or a {@link DocumentBatch}'s in two JDBC batches — the rows, then the
 * PDFs — instead of an {@code IDENTITY} insert and a PDF insert per document (issue 16: 400 round trips at a PV
 * validation's end). Either way, the valid version each one follows becomes SUPERSEDED.
 */
@ApplicationScoped
class DocumentStorage {

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    DocumentPdfRepository pdfs;

    @Inject
    SigningKeyProvider signing;

    @Inject
    BusinessMetrics metrics;

    /** A document issued alone: persisted, managed by the transaction. */
    IssuedDocument store(PendingDocument p, byte[] signed) {
        IssuedDocument d = issued(p, signed);
        documents.persist(d);
        DocumentPdf pdf = new DocumentPdf();
        pdf.documentId = d.id;
        pdf.content = signed;
        pdfs.persist(pdf);
        stored(p, d);
        return d;
    }

    /**
     * A batch's documents ({@code signed}: their PDFs, in the same order), inserted together; the returned
     * documents carry their ids but are not managed by the transaction (nothing changes them afterwards).
     */
    List<IssuedDocument> storeAll(List<PendingDocument> pending, List<byte[]> signed) {
        List<IssuedDocument> created = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            created.add(issued(pending.get(i), signed.get(i)));
        }
        documents.insertAll(created);
        pdfs.insertAll(created.stream().map(d -> d.id).toList(), signed);
        for (int i = 0; i < pending.size(); i++) {
            stored(pending.get(i), documents.getEntityManager().getReference(IssuedDocument.class,
                    created.get(i).id));
        }
        return created;
    }

    private IssuedDocument issued(PendingDocument p, byte[] signed) {
        IssuedDocument d = IssuedDocument.issued(p.draft(), p.version(), p.stamp().code(), p.snapshot(),
                DocumentService.sha256(signed), signed.length, p.issuedAt(), p.issuedBy());
        d.sessionId = p.sessionId();
        d.archiveExpiresAt = signing.signer().archiveExpiry().orElse(null);
        return d;
    }

    /** Counted; the valid version it follows, if any, superseded by {@code d}. */
    private void stored(PendingDocument p, IssuedDocument d) {
        metrics.documentIssued(p.draft().kind().name());
        IssuedDocument previous = p.latest();
        if (previous != null && previous.status == DocumentStatus.VALID) {
            previous.status = DocumentStatus.SUPERSEDED;
            previous.supersededAt = p.issuedAt();
            previous.supersededBy = d;
        }
    }
}
