package fr.titrepro.document.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.Map;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.GREY;
import static fr.titrepro.document.pdf.OfficialStyle.SANS;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.font;
import static fr.titrepro.document.pdf.OfficialStyle.text;

/**
 * The verification block of an issued document: its QR code beside the verification code, the address of the
 * verification page and the PAdES mention; in a table cell (livret, PV) or drawn at a place of the page (parchemin).
 */
public final class VerificationBlock {

    private static final String CODE = "Code de vérification";
    private static final String WHERE = "Authenticité vérifiable sur";
    private static final String PADES = "Document signé électroniquement (PAdES)";

    private VerificationBlock() {
    }

    /**
     * The block as a table of two cells.
     *
     * @param widths relative widths of the QR code and of the text
     */
    public static PdfPTable table(PdfWriter writer, String code, String url, float qrSize, float[] widths,
                                  Font label) {
        PdfPTable verify = new PdfPTable(widths);
        PdfPCell q = new PdfPCell(qrCode(writer, url, qrSize), false);
        q.setBorder(Rectangle.NO_BORDER);
        q.setPadding(0);
        verify.addCell(q);
        PdfPCell c = new PdfPCell();
        c.addElement(new Paragraph(10, CODE, label));
        c.addElement(new Paragraph(15, code, font(SANS_BOLD, 12)));
        c.addElement(new Paragraph(12, WHERE, label));
        c.addElement(new Paragraph(9, url, font(SANS, 7, BLUE)));
        c.addElement(new Paragraph(12, PADES, font(SANS, 7, GREY)));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingLeft(6);
        c.setPaddingTop(0);
        verify.addCell(c);
        return verify;
    }

    /** The block drawn with the QR code's bottom-left corner at (x, y), the texts beside it. */
    public static void draw(PdfWriter writer, String code, String url, float x, float y, float qrSize) {
        PdfContentByte cb = writer.getDirectContent();
        Image qr = qrCode(writer, url, qrSize);
        qr.setAbsolutePosition(x, y);
        try {
            cb.addImage(qr);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        float tx = x + qrSize + 8;
        text(cb, CODE, SANS, 7.5f, GREY, tx, y + 58, Element.ALIGN_LEFT);
        text(cb, code, SANS_BOLD, 12, Color.BLACK, tx, y + 44, Element.ALIGN_LEFT);
        text(cb, WHERE, SANS, 7.5f, GREY, tx, y + 30, Element.ALIGN_LEFT);
        text(cb, url, SANS, 7.5f, BLUE, tx, y + 20, Element.ALIGN_LEFT);
        text(cb, PADES, SANS, 7, GREY, tx, y + 8, Element.ALIGN_LEFT);
    }

    /**
     * The QR code of {@code url} as a vector image of {@code size} points (no bitmap, sharp when printed). The mask
     * is fixed: choosing the "best" of the eight costs more than the rest of the page, and any mask reads.
     */
    public static Image qrCode(PdfWriter writer, String url, float size) {
        try {
            ByteMatrix matrix = Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, 2)).getMatrix();
            int quiet = 2;
            int modules = matrix.getWidth() + 2 * quiet;
            PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
            template.setColorFill(Color.WHITE);
            template.rectangle(0, 0, size, size);
            template.fill();
            template.setColorFill(Color.BLACK);
            // drawn in module units (integers, one rectangle per run of dark modules), scaled once
            float module = size / modules;
            template.concatCTM(module, 0, 0, module, 0, 0);
            template.setLiteral(modulePath(matrix, quiet) + "f\n");
            return Image.getInstance(template);
        } catch (WriterException | BadElementException e) {
            throw new IllegalStateException("QR code impossible pour " + url, e);
        }
    }

    /** One rectangle a run of dark modules, in module units, the origin at the bottom left of the quiet zone. */
    private static String modulePath(ByteMatrix matrix, int quiet) {
        int n = matrix.getWidth();
        int modules = n + 2 * quiet;
        StringBuilder path = new StringBuilder(n * n * 4);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row) == 1) {
                    col++;
                }
                path.append(quiet + start).append(' ').append(modules - quiet - row - 1).append(' ')
                        .append(col - start).append(" 1 re\n");
            }
        }
        return path.toString();
    }
}
