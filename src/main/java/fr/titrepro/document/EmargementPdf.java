package fr.titrepro.document;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import static fr.titrepro.document.OfficialStyle.BLUE;
import static fr.titrepro.document.OfficialStyle.GREY;
import static fr.titrepro.document.OfficialStyle.LIGHT_GREY;
import static fr.titrepro.document.OfficialStyle.PALE_BLUE;
import static fr.titrepro.document.OfficialStyle.SANS;
import static fr.titrepro.document.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.OfficialStyle.SANS_ITALIC;
import static fr.titrepro.document.OfficialStyle.bodyCell;
import static fr.titrepro.document.OfficialStyle.font;
import static fr.titrepro.document.OfficialStyle.headedTable;
import static fr.titrepro.document.OfficialStyle.text;
import static fr.titrepro.shared.text.FrenchDates.longDate;

/**
 * The feuilles d'émargement of a session: A4 portrait, one page (or more) per day and épreuve; the session, the
 * candidates with their times, an accommodations column for the invigilator and a signature box each (the signature
 * captured on the tablet printed in it once ticked), then the jury members' signature boxes. Pure: data in, PDF out.
 */
public final class EmargementPdf {

    private static final float MARGIN = 36;
    private static final float SIGNATURE_HEIGHT = 38;

    private static final Font LABEL = font(SANS, 8, GREY);
    private static final Font VALUE = font(SANS, 9);
    private static final Font SMALL = font(SANS, 8.5f);
    private static final Font SMALL_BOLD = font(SANS_BOLD, 8.5f);
    private static final Font NOTE = font(SANS_ITALIC, 7, GREY);
    private static final Font SECTION = font(SANS_BOLD, 10.5f, BLUE);

    private EmargementPdf() {
    }

    public static byte[] render(EmargementData d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_000);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 92, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Frame(d));
        document.addTitle("Feuilles d'émargement – " + d.session());
        document.addAuthor(d.centreName());
        document.addCreator("titrepro");
        document.open();
        try {
            if (d.sheets().isEmpty()) {
                document.add(new Paragraph("Aucune épreuve planifiée : la session n'a aucun candidat inscrit.", VALUE));
            }
            boolean first = true;
            for (EmargementData.Sheet sheet : d.sheets()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                sheet(document, d, sheet);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Mise en page de la feuille d'émargement impossible", e);
        }
        document.close();
        return out.toByteArray();
    }

    private static void sheet(Document document, EmargementData d, EmargementData.Sheet sheet)
            throws DocumentException {
        Paragraph title = new Paragraph("FEUILLE D'ÉMARGEMENT", font(SANS_BOLD, 16, BLUE));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph sub = new Paragraph(15, sheet.epreuve() + " – " + longDate(sheet.day()), font(SANS_BOLD, 11));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(8);
        document.add(sub);
        facts(document, d);
        candidates(document, sheet);
        jury(document, d);
    }

    private static void facts(Document document, EmargementData d) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{16, 34, 16, 34});
        t.setWidthPercentage(100);
        fact(t, "Titre professionnel", d.title(), 3);
        fact(t, "Session", d.session(), 3);
        fact(t, "Centre", d.centreName(), 1);
        fact(t, "Lieu", d.site(), 1);
        fact(t, "Responsable", d.manager(), 3);
        document.add(t);
    }

    private static void candidates(Document document, EmargementData.Sheet sheet) throws DocumentException {
        document.add(section("Candidats"));
        PdfPTable t = headedTable(new float[]{4, 23, 14, 23, 10, 26}, "N°", "Candidat", "Horaire",
                "Aménagements (pour le surveillant)", "Présence", "Signature du candidat");
        boolean odd = false;
        int n = 0;
        for (EmargementData.Line line : sheet.lines()) {
            Color bg = odd ? PALE_BLUE : Color.WHITE;
            odd = !odd;
            t.addCell(bodyCell(new Phrase(String.valueOf(++n), SMALL), bg));
            Phrase who = new Phrase(line.name(), SMALL_BOLD);
            who.add(Chunk.NEWLINE);
            who.add(new Chunk("réf. " + line.reference(), NOTE));
            t.addCell(bodyCell(who, bg));
            t.addCell(bodyCell(new Phrase(line.schedule(), SMALL), bg));
            t.addCell(bodyCell(new Phrase(line.accommodations().isEmpty() ? "—" : line.accommodations(), SMALL), bg));
            t.addCell(bodyCell(new Phrase(line.presence() == null ? "" : line.presence(),
                    "Absent".equals(line.presence()) ? font(SANS_BOLD, 8.5f, OfficialStyle.RED) : SMALL_BOLD), bg));
            t.addCell(signatureBox(line));
        }
        document.add(t);
        Paragraph hint = new Paragraph(10, "Le candidat signe en arrivant, pièce d'identité présentée ; le surveillant "
                + "inscrit « Absent » pour un candidat qui ne s'est pas présenté. Une feuille émargée sur la tablette "
                + "est conservée dans le dossier de la session et figure au procès-verbal.", NOTE);
        hint.setSpacingBefore(3);
        document.add(hint);
    }

    /** White whatever the row's colour: the box is signed on paper, or holds the signature taken on the tablet. */
    private static PdfPCell signatureBox(EmargementData.Line line) throws DocumentException {
        PdfPCell c = new PdfPCell();
        if (line.signaturePng() != null) {
            try {
                Image image = Image.getInstance(line.signaturePng());
                image.scaleToFit(110, SIGNATURE_HEIGHT - 12);
                c.addElement(image);
            } catch (java.io.IOException e) {
                throw new DocumentException(e);
            }
        }
        if (line.recorded() != null) {
            c.addElement(new Paragraph(8, line.recorded(), NOTE));
        }
        c.setBackgroundColor(Color.WHITE);
        c.setBorderColor(LIGHT_GREY);
        c.setMinimumHeight(SIGNATURE_HEIGHT);
        c.setPadding(3);
        return c;
    }

    private static void jury(Document document, EmargementData d) throws DocumentException {
        document.add(section("Jury et surveillance"));
        PdfPTable t = headedTable(new float[]{40, 60}, "Membre du jury", "Signature");
        t.setKeepTogether(true);
        for (String name : d.jury()) {
            t.addCell(bodyCell(new Phrase(name, SMALL_BOLD), Color.WHITE));
            PdfPCell box = bodyCell(new Phrase(""), Color.WHITE);
            box.setMinimumHeight(SIGNATURE_HEIGHT);
            t.addCell(box);
        }
        t.addCell(bodyCell(new Phrase("Surveillant (nom, prénom)", SMALL_BOLD), Color.WHITE));
        PdfPCell box = bodyCell(new Phrase(""), Color.WHITE);
        box.setMinimumHeight(SIGNATURE_HEIGHT);
        t.addCell(box);
        document.add(t);
    }

    private static void fact(PdfPTable t, String label, String value, int valueSpan) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        l.setBorder(Rectangle.BOTTOM);
        l.setBorderColor(LIGHT_GREY);
        l.setPadding(3);
        t.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value, VALUE));
        v.setColspan(valueSpan);
        v.setBorder(Rectangle.BOTTOM);
        v.setBorderColor(LIGHT_GREY);
        v.setPadding(3);
        t.addCell(v);
    }

    private static Paragraph section(String s) {
        Paragraph p = new Paragraph(s, SECTION);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    /** Every page: the State's block and the ministry at the top, the session and the page number at the bottom. */
    private static final class Frame extends PdfPageEventHelper {
        private final EmargementData d;

        Frame(EmargementData d) {
            this.d = d;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float w = document.getPageSize().getWidth();
            float h = document.getPageSize().getHeight();
            OfficialStyle.stateBlock(cb, MARGIN, h - 22, 0.75f);
            text(cb, CertifiedTitle.MINISTRY.toUpperCase(), SANS_BOLD, 8.5f, BLUE, w - MARGIN, h - 32,
                    Element.ALIGN_RIGHT);
            text(cb, "Titre professionnel du ministère chargé de l'emploi", SANS, 7.5f, GREY, w - MARGIN, h - 42,
                    Element.ALIGN_RIGHT);
            cb.saveState();
            cb.setColorStroke(LIGHT_GREY);
            cb.setLineWidth(0.5f);
            cb.moveTo(MARGIN, 36);
            cb.lineTo(w - MARGIN, 36);
            cb.stroke();
            cb.restoreState();
            text(cb, "Feuille d'émargement – " + d.session() + " – " + d.centreName(), SANS, 7, GREY, MARGIN, 25,
                    Element.ALIGN_LEFT);
            text(cb, "page " + writer.getPageNumber(), SANS, 7, GREY, w - MARGIN, 25, Element.ALIGN_RIGHT);
        }
    }
}
