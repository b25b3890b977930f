package fr.titrepro.referential.reac;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/** The text of a PDF, page after page, read with Apache PDFBox (text layer only: a scanned PDF has none). */
final class PdfText {

    private PdfText() {
    }

    static String extract(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new ReacRefusal("Le fichier n'est pas un PDF (il ne commence pas par « %PDF- ») : envoyez le REAC "
                    + "en PDF ou en texte (text/plain).");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new ReacRefusal("Le PDF est protégé par un mot de passe : envoyez une version sans protection.");
        } catch (IOException | RuntimeException e) {
            throw new ReacRefusal("Le PDF est endommagé ou illisible : son texte n'a pas pu être extrait.");
        }
    }
}
