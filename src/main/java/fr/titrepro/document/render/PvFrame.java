package fr.titrepro.document.render;

import fr.titrepro.document.pdf.Letterhead;
import fr.titrepro.document.verification.VerificationStamp;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import static fr.titrepro.document.render.PvPdf.MARGIN;
import static fr.titrepro.document.render.PvPdf.documentTitle;
import static fr.titrepro.document.render.PvPdf.isPreview;
import static fr.titrepro.document.render.PvPdf.unsigned;
import static fr.titrepro.document.pdf.OfficialStyle.GREY;
import static fr.titrepro.document.pdf.OfficialStyle.LIGHT_GREY;
import static fr.titrepro.document.pdf.OfficialStyle.RED;
import static fr.titrepro.document.pdf.OfficialStyle.SANS;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.rule;
import static fr.titrepro.document.pdf.OfficialStyle.text;

/**
 * Every page of the {@link PvPdf procès-verbal}: the State's block and the ministry at the top; the session, the code
 * and « page x / y » at the bottom; « Projet – non signé » across the page of a draft.
 */
final class PvFrame extends PdfPageEventHelper {

    private static final Letterhead HEAD = new Letterhead(0.85f, 9, 21, 7.5f);

    private final PvData d;
    private final VerificationStamp stamp;
    private PdfTemplate total;

    PvFrame(PvData d, VerificationStamp stamp) {
        this.d = d;
        this.stamp = stamp;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float w = document.getPageSize().getWidth();
        float h = document.getPageSize().getHeight();
        if (unsigned(d)) {
            watermark(cb, w, h);
        }
        HEAD.draw(cb, MARGIN, w - MARGIN, h - 26);
        rule(cb, LIGHT_GREY, 0.5f, MARGIN, w - MARGIN, 38);
        text(cb, documentTitle(d) + " – " + d.title().code() + " " + d.title().acronym() + " – "
                + d.centreName() + " – " + PvPdf.dates(d.startDate(), d.endDate()), SANS, 7.5f, GREY, MARGIN, 27,
                Element.ALIGN_LEFT);
        String state = unsigned(d) ? "Projet – non signé" : isPreview(stamp) ? "Projet – non validé"
                : "Code " + stamp.code();
        String page = state + "  ·  page " + writer.getPageNumber() + " / ";
        // written glyph by glyph (not aligned by ColumnText, which trims the trailing space before the total)
        float right = w - MARGIN - 10;
        cb.saveState();
        cb.beginText();
        cb.setFontAndSize(SANS, 7.5f);
        cb.setColorFill(GREY);
        cb.setTextMatrix(right - SANS.getWidthPoint(page, 7.5f), 27);
        cb.showText(page);
        cb.endText();
        cb.restoreState();
        cb.addTemplate(total, right, 27);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(SANS, 7.5f);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    /** Over the content, translucent: under it, the tables' backgrounds would hide it. */
    private static void watermark(PdfContentByte cb, float w, float h) {
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.13f);
        cb.saveState();
        cb.setGState(translucent);
        cb.beginText();
        cb.setFontAndSize(SANS_BOLD, 60);
        cb.setColorFill(RED);
        cb.showTextAligned(Element.ALIGN_CENTER, "PROJET – NON SIGNÉ", w / 2, h / 2 - 50, 20);
        cb.endText();
        cb.restoreState();
    }
}
