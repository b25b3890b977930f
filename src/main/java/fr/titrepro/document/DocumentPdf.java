package fr.titrepro.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The signed PDF of an issued document, exactly as issued (never regenerated). Immutable: Hibernate keeps no
 * snapshot of the bytes and never compares them at flush (a session issues hundreds in one transaction).
 */
@Entity
@Immutable
@Table(name = "issued_document_pdf")
public class DocumentPdf {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Lob
    @Column(name = "content", columnDefinition = "LONGBLOB")
    public byte[] content;
}
