package fr.titrepro.document.pdf;

import java.awt.Color;

import static fr.titrepro.document.pdf.OfficialStyle.PALE_BLUE;

/** The alternating backgrounds of a table's rows: white, pale blue, white… */
public final class Zebra {

    private boolean odd;

    /** The background of the next row. */
    public Color next() {
        Color c = odd ? PALE_BLUE : Color.WHITE;
        odd = !odd;
        return c;
    }
}
