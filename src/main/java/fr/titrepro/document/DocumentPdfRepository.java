package fr.titrepro.document;

import fr.titrepro.shared.persistence.JdbcBatch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.stream.IntStream;

@ApplicationScoped
public class DocumentPdfRepository implements PanacheRepositoryBase<DocumentPdf, Long> {

    /** PDFs per JDBC batch: a session's 200 are 2 to 4 MB, kept well under the server's packet size. */
    private static final int BATCH = 50;

    /**
     * Inserts the PDFs of new documents ({@code contents[i]} for {@code documentIds[i]}) in JDBC batches, outside the
     * persistence context (issue 16: a PV validation's documents, {@link DocumentStorage#storeAll}).
     */
    public void insertAll(List<Long> documentIds, List<byte[]> contents) {
        List<Integer> rows = IntStream.range(0, documentIds.size()).boxed().toList();
        JdbcBatch.insert(getEntityManager(), "INSERT INTO issued_document_pdf (document_id, content) VALUES (?, ?)",
                rows, BATCH, (ps, i) -> {
                    ps.setLong(1, documentIds.get(i));
                    ps.setBytes(2, contents.get(i));
                });
    }

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
