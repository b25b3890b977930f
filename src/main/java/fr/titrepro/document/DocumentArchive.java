package fr.titrepro.document;

import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.shared.text.SpreadsheetCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One ZIP of documents (e.g. all those of a session, for its centre): each signed PDF as issued, and a summary
 * (sommaire.csv, written by {@link SpreadsheetCsv}) with holder, document, status, code and verification URL.
 * Streams: nothing is held in memory but the PDF being written and the summary. The session endpoint that picks the documents is left to the sessions capability.
 */
@ApplicationScoped
public class DocumentArchive {

    @Inject
    DocumentService documents;

    @Inject
    DocumentPdfRepository pdfs;

    @Transactional
    public void write(List<IssuedDocument> list, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // PDFs are already compressed: the fastest level is as small, and much faster
            zip.setLevel(Deflater.BEST_SPEED);
            SpreadsheetCsv summary = new SpreadsheetCsv("titulaire", "document", "version", "titre", "statut", "code",
                    "vérification", "fichier");
            Set<String> names = new HashSet<>();
            for (IssuedDocument d : list) {
                String name = entryName(d, names);
                zip.putNextEntry(new ZipEntry(name));
                DocumentPdf pdf = pdfs.findByIdOptional(d.id)
                        .orElseThrow(() -> new IllegalStateException("PDF absent du document " + d.id));
                zip.write(pdf.content);
                zip.closeEntry();
                pdfs.getEntityManager().detach(pdf);
                // the holder's name was typed by a centre: the summary neither breaks on it nor evaluates it
                summary.row(d.holderName, d.kind.label(), d.version, d.titleName, d.status.label(), d.code,
                        documents.verificationUrl(d.code), name);
            }
            zip.putNextEntry(new ZipEntry("sommaire.csv"));
            zip.write(summary.bytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("Archive des documents impossible", e);
        }
    }

    private static String entryName(IssuedDocument d, Set<String> taken) {
        String holder = d.holderName == null ? "session" : IdentityKey.normalise(d.holderName).replace(' ', '-');
        String name = holder + "/" + d.fileName();
        int i = 2;
        while (!taken.add(name)) {
            name = holder + "/" + i++ + "-" + d.fileName();
        }
        return name;
    }
}
