package fr.titrepro.document.pdf;

import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.LIGHT_GREY;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;

/** Tables of the full width with a header row repeated on each page they flow onto, and their cells. */
public final class PdfTables {

    /**
     * The look of a header row.
     *
     * @param border the cells' border colour, {@code null} for the default
     */
    public record HeadStyle(Font font, Color background, Color border, float padding) {
        /** White on blue: the official documents (PV, livret, émargement). */
        public static final HeadStyle OFFICIAL = new HeadStyle(OfficialStyle.font(SANS_BOLD, 8.5f, Color.WHITE), BLUE,
                BLUE, 4);
    }

    private PdfTables() {
    }

    /** A table with the official blue header row. */
    public static PdfPTable headed(float[] widths, String... heads) {
        return headed(widths, HeadStyle.OFFICIAL, heads);
    }

    public static PdfPTable headed(float[] widths, HeadStyle style, String... heads) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : heads) {
            PdfPCell c = new PdfPCell(new Phrase(h, style.font()));
            c.setBackgroundColor(style.background());
            if (style.border() != null) {
                c.setBorderColor(style.border());
            }
            c.setPadding(style.padding());
            t.addCell(c);
        }
        return t;
    }

    /** A body cell of an official table: light grey borders, the row's background (see {@link Zebra}). */
    public static PdfPCell bodyCell(Phrase p, Color background) {
        PdfPCell c = new PdfPCell(p);
        c.setBackgroundColor(background);
        c.setBorderColor(LIGHT_GREY);
        c.setPadding(4);
        c.setPaddingBottom(5);
        c.setUseAscender(true);
        c.setLeading(0, 1.12f);
        return c;
    }

    /** A cell with the default borders and the given padding (working documents: convocations, VAE report). */
    public static PdfPCell plainCell(Phrase p, float padding) {
        PdfPCell c = new PdfPCell(p);
        c.setPadding(padding);
        return c;
    }

    /** One plain cell per value, a missing value as an empty cell. */
    public static void plainCells(PdfPTable t, Font font, float padding, String... values) {
        for (String v : values) {
            t.addCell(plainCell(new Phrase(v == null ? "" : v, font), padding));
        }
    }
}
