package fr.titrepro.document.pdf;

import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;

import static fr.titrepro.document.pdf.OfficialStyle.LIGHT_GREY;

/** A fact table: label, value, label, value… on lines of the full width. A missing value is written empty. */
public final class Facts {

    /**
     * How a fact table looks.
     *
     * @param border      the cells' borders ({@link Rectangle#BOTTOM}, {@link Rectangle#BOX},
     *                    {@link Rectangle#NO_BORDER})
     * @param borderColor {@code null} for the default
     */
    public record Style(Font label, Font value, Font bold, float padding, int border, Color borderColor) {
        /** The official documents: a light grey rule under each fact. */
        public static Style ruled(Font label, Font value, Font bold, float padding) {
            return new Style(label, value, bold, padding, Rectangle.BOTTOM, LIGHT_GREY);
        }
    }

    private final PdfPTable table;
    private final Style style;

    private Facts(PdfPTable table, Style style) {
        this.table = table;
        this.style = style;
    }

    /** An empty fact table of the full width with the given relative column widths. */
    public static Facts of(float[] widths, Style style) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return new Facts(t, style);
    }

    public Facts add(String label, String value) {
        return add(label, value, false, 1);
    }

    public Facts add(String label, String value, boolean bold) {
        return add(label, value, bold, 1);
    }

    /** A fact whose value spans {@code valueSpan} columns. */
    public Facts add(String label, String value, boolean bold, int valueSpan) {
        table.addCell(cell(new Phrase(label, style.label())));
        PdfPCell v = cell(new Phrase(value == null ? "" : value, bold ? style.bold() : style.value()));
        v.setColspan(valueSpan);
        table.addCell(v);
        return this;
    }

    private PdfPCell cell(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(style.border());
        if (style.borderColor() != null) {
            c.setBorderColor(style.borderColor());
        }
        c.setPadding(style.padding());
        return c;
    }

    public PdfPTable table() {
        return table;
    }
}
