package fr.titrepro.document;

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
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.Map;

/**
 * What the livret, the parchemin, the PV and the feuille d'émargement share: the fonts (standard PDF fonts, WinAnsi: every French character, nothing
 * to embed), the colours of the State's visual identity, the « RÉPUBLIQUE FRANÇAISE » block and the QR code.
 */
final class OfficialStyle {

    static final Color BLUE = new Color(0x00, 0x00, 0x91);
    static final Color RED = new Color(0xE1, 0x00, 0x0F);
    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color LIGHT_GREY = new Color(0xDD, 0xDD, 0xDD);
    static final Color PALE_BLUE = new Color(0xEC, 0xEC, 0xFE);
    static final Color GOLD = new Color(0xA5, 0x83, 0x4B);

    static final BaseFont SANS = font(BaseFont.HELVETICA);
    static final BaseFont SANS_BOLD = font(BaseFont.HELVETICA_BOLD);
    static final BaseFont SANS_ITALIC = font(BaseFont.HELVETICA_OBLIQUE);
    static final BaseFont SERIF = font(BaseFont.TIMES_ROMAN);
    static final BaseFont SERIF_BOLD = font(BaseFont.TIMES_BOLD);
    static final BaseFont SERIF_ITALIC = font(BaseFont.TIMES_ITALIC);

    static final String CERTIFIER_LINE = "Certificateur : " + CertifiedTitle.MINISTRY;

    private OfficialStyle() {
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("Police standard " + name + " indisponible", e);
        }
    }

    static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /**
     * The State's block: a tricolour bar, « RÉPUBLIQUE / FRANÇAISE » in bold capitals and the motto in italics,
     * drawn with its top-left corner at (x, top).
     */
    static void stateBlock(PdfContentByte cb, float x, float top, float scale) {
        float w = 9 * scale;
        float h = 16 * scale;
        cb.saveState();
        cb.setColorFill(BLUE);
        cb.rectangle(x, top - h, w, h);
        cb.fill();
        cb.setColorFill(Color.WHITE);
        cb.rectangle(x + w, top - h, w, h);
        cb.fill();
        cb.setColorFill(RED);
        cb.rectangle(x + 2 * w, top - h, w, h);
        cb.fill();
        cb.setColorStroke(LIGHT_GREY);
        cb.setLineWidth(0.4f);
        cb.rectangle(x, top - h, 3 * w, h);
        cb.stroke();
        cb.restoreState();

        float y = top - h - 13 * scale;
        text(cb, "RÉPUBLIQUE", SANS_BOLD, 10.5f * scale, Color.BLACK, x, y, Element.ALIGN_LEFT);
        text(cb, "FRANÇAISE", SANS_BOLD, 10.5f * scale, Color.BLACK, x, y - 11.5f * scale, Element.ALIGN_LEFT);
        float motto = y - 24 * scale;
        text(cb, "Liberté", SANS_ITALIC, 7 * scale, Color.BLACK, x, motto, Element.ALIGN_LEFT);
        text(cb, "Égalité", SANS_ITALIC, 7 * scale, Color.BLACK, x, motto - 8 * scale, Element.ALIGN_LEFT);
        text(cb, "Fraternité", SANS_ITALIC, 7 * scale, Color.BLACK, x, motto - 16 * scale, Element.ALIGN_LEFT);
    }

    static void text(PdfContentByte cb, String text, BaseFont base, float size, Color color, float x, float y,
                     int align) {
        ColumnText.showTextAligned(cb, align, new Phrase(text, font(base, size, color)), x, y, 0);
    }

    /** Text with letter spacing (titles of the parchemin), centred on x. */
    static void spacedText(PdfContentByte cb, String text, BaseFont base, float size, Color color, float x, float y,
                           float spacing) {
        float width = base.getWidthPoint(text, size) + spacing * (text.length() - 1);
        cb.saveState();
        cb.beginText();
        cb.setFontAndSize(base, size);
        cb.setColorFill(color);
        cb.setCharacterSpacing(spacing);
        cb.setTextMatrix(x - width / 2, y);
        cb.showText(text);
        cb.endText();
        cb.restoreState();
    }

    /** A table of the full width with a blue header row, repeated on each page it flows onto (PV, émargement). */
    static PdfPTable headedTable(float[] widths, String... heads) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        Font head = font(SANS_BOLD, 8.5f, Color.WHITE);
        for (String h : heads) {
            PdfPCell c = new PdfPCell(new Phrase(h, head));
            c.setBackgroundColor(BLUE);
            c.setBorderColor(BLUE);
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    /** A body cell of a {@link #headedTable}: light grey borders, the row's background. */
    static PdfPCell bodyCell(Phrase p, Color background) {
        PdfPCell c = new PdfPCell(p);
        c.setBackgroundColor(background);
        c.setBorderColor(LIGHT_GREY);
        c.setPadding(4);
        c.setPaddingBottom(5);
        c.setUseAscender(true);
        c.setLeading(0, 1.12f);
        return c;
    }

    /**
     * The QR code of {@code url} as a vector image of {@code size} points (no bitmap, sharp when printed). The mask
     * is fixed: choosing the "best" of the eight costs more than the rest of the page, and any mask reads.
     */
    /**
     * The verification block of a document: its QR code beside the code, the address of the verification page and
     * the PAdES mention.
     *
     * @param widths relative widths of the QR code and of the text
     */
    static PdfPTable verificationBlock(PdfWriter writer, VerificationStamp stamp, float qrSize, float[] widths,
                                       Font label) {
        PdfPTable verify = new PdfPTable(widths);
        PdfPCell q = new PdfPCell(qrCode(writer, stamp.url(), qrSize), false);
        q.setBorder(Rectangle.NO_BORDER);
        q.setPadding(0);
        verify.addCell(q);
        PdfPCell c = new PdfPCell();
        c.addElement(new Paragraph(10, "Code de vérification", label));
        c.addElement(new Paragraph(15, stamp.code(), font(SANS_BOLD, 12)));
        c.addElement(new Paragraph(12, "Authenticité vérifiable sur", label));
        c.addElement(new Paragraph(9, stamp.url(), font(SANS, 7, BLUE)));
        c.addElement(new Paragraph(12, "Document signé électroniquement (PAdES)", font(SANS, 7, GREY)));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingLeft(6);
        c.setPaddingTop(0);
        verify.addCell(c);
        return verify;
    }

    static Image qrCode(PdfWriter writer, String url, float size) {
        try {
            ByteMatrix matrix = Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, 2)).getMatrix();
            int n = matrix.getWidth();
            int quiet = 2;
            int modules = n + 2 * quiet;
            PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
            template.setColorFill(Color.WHITE);
            template.rectangle(0, 0, size, size);
            template.fill();
            template.setColorFill(Color.BLACK);
            // drawn in module units (integers, one rectangle per run of dark modules), scaled once
            float module = size / modules;
            template.concatCTM(module, 0, 0, module, 0, 0);
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
            template.setLiteral(path.append("f\n").toString());
            return Image.getInstance(template);
        } catch (WriterException | BadElementException e) {
            throw new IllegalStateException("QR code impossible pour " + url, e);
        }
    }
}
