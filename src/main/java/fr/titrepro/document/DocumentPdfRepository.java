package fr.titrepro.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DocumentPdfRepository implements PanacheRepositoryBase<DocumentPdf, Long> {
}
