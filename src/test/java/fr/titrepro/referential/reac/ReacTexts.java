package fr.titrepro.referential.reac;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The REAC texts of the shipped titles (copies of ../shared/referentiels/, test resources) and a PDF made of a text
 * with OpenPDF: one paragraph per line, long lines wrapped by the page width as in a real PDF.
 */
public final class ReacTexts {

    public static final String TRI = "reac/reac-tri-technicien-reseaux-ip-TP-00496.txt";
    public static final String TRTE = "reac/reac-trte-technicien-reseaux-telecoms-entreprise.txt";

    private ReacTexts() {
    }

    public static String text(String resource) {
        try (InputStream in = ReacTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Ressource de test introuvable : " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font font = new Font(Font.HELVETICA, 9);
        for (String line : text.split("\n", -1)) {
            String shown = line.replace("\t", "    ");
            document.add(new Paragraph(shown.isBlank() ? " " : shown, font));
        }
        document.close();
        return out.toByteArray();
    }
}
