package fr.titrepro.document.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPageEvent;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * One PDF file in memory: page size and margins, metadata, the page event drawing each page's frame, then the
 * document's own content. A layout failure becomes an {@link IllegalStateException} with the document's French message.
 */
public final class PdfFile {

    /** Writes the content of a document. */
    @FunctionalInterface
    public interface Content {
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    private final Document document;
    private final ByteArrayOutputStream out;
    private final PdfWriter writer;

    private PdfFile(Rectangle page, float left, float right, float top, float bottom, int sizeHint) {
        document = new Document(page, left, right, top, bottom);
        out = new ByteArrayOutputStream(sizeHint);
        writer = PdfWriter.getInstance(document, out);
    }

    /** A4 portrait with the given margins. */
    public static PdfFile a4(float left, float right, float top, float bottom, int sizeHint) {
        return new PdfFile(PageSize.A4, left, right, top, bottom, sizeHint);
    }

    /** A4 landscape with the given margins. */
    public static PdfFile a4Landscape(float left, float right, float top, float bottom, int sizeHint) {
        return new PdfFile(PageSize.A4.rotate(), left, right, top, bottom, sizeHint);
    }

    /** Faster compression: the documents signed and issued in bulk. */
    public PdfFile fast() {
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        return this;
    }

    /** The page event that draws every page's head and foot. */
    public PdfFile frame(PdfPageEvent frame) {
        writer.setPageEvent(frame);
        return this;
    }

    /** Title, author and subject (either may be {@code null}); the creator is titrepro. */
    public PdfFile info(String title, String author, String subject) {
        document.addTitle(title);
        if (author != null) {
            document.addAuthor(author);
        }
        if (subject != null) {
            document.addSubject(subject);
        }
        document.addCreator("titrepro");
        return this;
    }

    /** Opens the document, writes the content, closes it and returns the bytes. */
    public byte[] write(String failure, Content content) {
        document.open();
        try {
            content.write(document, writer);
        } catch (DocumentException e) {
            throw new IllegalStateException(failure, e);
        }
        document.close();
        return out.toByteArray();
    }
}
