package fr.titrepro.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The signed PDF of an issued document, exactly as issued (never regenerated). */
@Entity
@Table(name = "issued_document_pdf")
public class DocumentPdf {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Lob
    @Column(name = "content", columnDefinition = "LONGBLOB")
    public byte[] content;
}
