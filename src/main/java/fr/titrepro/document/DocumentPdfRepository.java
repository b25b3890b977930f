package fr.titrepro.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DocumentPdfRepository implements PanacheRepositoryBase<DocumentPdf, Long> {

    /** The stored bytes of a document's PDF, read without an entity. */
    public byte[] content(long documentId) {
        return (byte[]) getEntityManager().createNativeQuery("SELECT content FROM issued_document_pdf WHERE document_id = ?1")
                .setParameter(1, documentId).getSingleResult();
    }

    /** Replaces a document's PDF (the entity is immutable, never compared at flush: the new file is written here). */
    public void replaceContent(long documentId, byte[] content) {
        getEntityManager().createNativeQuery("UPDATE issued_document_pdf SET content = ?1 WHERE document_id = ?2")
                .setParameter(1, content).setParameter(2, documentId).executeUpdate();
    }
}
