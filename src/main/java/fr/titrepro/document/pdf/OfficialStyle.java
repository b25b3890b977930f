package fr.titrepro.document.pdf;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Color;

/**
 * The look every PDF of titrepro shares: the fonts (standard PDF fonts, WinAnsi: every French character, nothing to
 * embed), the colours of the State's visual identity, the « RÉPUBLIQUE FRANÇAISE » block, section headings and text
 * placed on the page. Tables are in {@link PdfTables}, the fact tables in {@link Facts}, the page header in
 * {@link Letterhead}, the QR code and verification block in {@link VerificationBlock}, the file itself in
 * {@link PdfFile}.
 */
public final class OfficialStyle {

    public static final Color BLUE = new Color(0x00, 0x00, 0x91);
    public static final Color RED = new Color(0xE1, 0x00, 0x0F);
    public static final Color GREY = new Color(0x66, 0x66, 0x66);
    public static final Color LIGHT_GREY = new Color(0xDD, 0xDD, 0xDD);
    public static final Color PALE_BLUE = new Color(0xEC, 0xEC, 0xFE);
    public static final Color GOLD = new Color(0xA5, 0x83, 0x4B);
    /** The header rows of the working documents (convocations). */
    public static final Color LAVENDER = new Color(227, 227, 253);
    /** The header rows and group rows of the VAE report. */
    public static final Color MIST = new Color(238, 238, 238);
    /** The notes of the working documents (VAE report). */
    public static final Color DIM = new Color(90, 90, 90);

    /** The certifier of every titre professionnel, named on each official document. */
    public static final String MINISTRY = "Ministère chargé de l'emploi";

    public static final BaseFont SANS = font(BaseFont.HELVETICA);
    public static final BaseFont SANS_BOLD = font(BaseFont.HELVETICA_BOLD);
    public static final BaseFont SANS_ITALIC = font(BaseFont.HELVETICA_OBLIQUE);
    public static final BaseFont SERIF = font(BaseFont.TIMES_ROMAN);
    public static final BaseFont SERIF_BOLD = font(BaseFont.TIMES_BOLD);
    public static final BaseFont SERIF_ITALIC = font(BaseFont.TIMES_ITALIC);

    private OfficialStyle() {
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("Police standard " + name + " indisponible", e);
        }
    }

    public static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    public static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /** A section heading: its text in {@code font}, with the space before and after it. */
    public static Paragraph heading(String text, Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    /** A centred paragraph of the given leading (0: the font's). */
    public static Paragraph centred(float leading, String text, Font font) {
        Paragraph p = leading == 0 ? new Paragraph(text, font) : new Paragraph(leading, text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** « — » for a missing value. */
    public static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /**
     * The State's block: a tricolour bar, « RÉPUBLIQUE / FRANÇAISE » in bold capitals and the motto in italics,
     * drawn with its top-left corner at (x, top).
     */
    public static void stateBlock(PdfContentByte cb, float x, float top, float scale) {
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

    public static void text(PdfContentByte cb, String text, BaseFont base, float size, Color color, float x, float y,
                            int align) {
        ColumnText.showTextAligned(cb, align, new Phrase(text, font(base, size, color)), x, y, 0);
    }

    /** Text with letter spacing (titles of the parchemin), centred on x. */
    public static void spacedText(PdfContentByte cb, String text, BaseFont base, float size, Color color, float x,
                                  float y, float spacing) {
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

    /** A horizontal rule (the line above a page's footer). */
    public static void rule(PdfContentByte cb, Color color, float width, float left, float right, float y) {
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(width);
        cb.moveTo(left, y);
        cb.lineTo(right, y);
        cb.stroke();
        cb.restoreState();
    }

    /** Paragraphs placed in a fixed box of the page (the parchemin); returns the baseline of the last line. */
    public static float column(PdfContentByte cb, Paragraph p, float llx, float lly, float urx, float ury) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(llx, lly, urx, ury);
        ct.addElement(p);
        try {
            ct.go();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ct.getYLine();
    }
}
