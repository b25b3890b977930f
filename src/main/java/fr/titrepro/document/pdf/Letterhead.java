package fr.titrepro.document.pdf;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.GREY;
import static fr.titrepro.document.pdf.OfficialStyle.SANS;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.text;

/**
 * The head of an official page: the State's block on the left; the ministry in capitals and « Titre professionnel du
 * ministère chargé de l'emploi » on the right. Each document gives its scale and sizes.
 *
 * @param scale         of the State's block
 * @param ministrySize  font size of the ministry's name, written 10 points under the block's top
 * @param subtitleDrop  how far under the block's top the subtitle is written
 * @param subtitleSize  font size of the subtitle
 */
public record Letterhead(float scale, float ministrySize, float subtitleDrop, float subtitleSize) {

    public static final String SUBTITLE = "Titre professionnel du ministère chargé de l'emploi";

    /** Draws the head with the block's top-left corner at (left, top), the texts aligned on {@code right}. */
    public void draw(PdfContentByte cb, float left, float right, float top) {
        OfficialStyle.stateBlock(cb, left, top, scale);
        text(cb, OfficialStyle.MINISTRY.toUpperCase(), SANS_BOLD, ministrySize, BLUE, right, top - 10,
                Element.ALIGN_RIGHT);
        text(cb, SUBTITLE, SANS, subtitleSize, GREY, right, top - subtitleDrop, Element.ALIGN_RIGHT);
    }
}
