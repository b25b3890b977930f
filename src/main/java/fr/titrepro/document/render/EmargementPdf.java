package fr.titrepro.document.render;

import fr.titrepro.document.pdf.Facts;
import fr.titrepro.document.pdf.Letterhead;
import fr.titrepro.document.pdf.PdfFile;
import fr.titrepro.document.pdf.Zebra;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.GREY;
import static fr.titrepro.document.pdf.OfficialStyle.LIGHT_GREY;
import static fr.titrepro.document.pdf.OfficialStyle.RED;
import static fr.titrepro.document.pdf.OfficialStyle.SANS;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_ITALIC;
import static fr.titrepro.document.pdf.OfficialStyle.centred;
import static fr.titrepro.document.pdf.OfficialStyle.font;
import static fr.titrepro.document.pdf.OfficialStyle.heading;
import static fr.titrepro.document.pdf.OfficialStyle.orDash;
import static fr.titrepro.document.pdf.OfficialStyle.rule;
import static fr.titrepro.document.pdf.OfficialStyle.text;
import static fr.titrepro.document.pdf.PdfTables.bodyCell;
import static fr.titrepro.document.pdf.PdfTables.headed;
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
    private static final Font ABSENT = font(SANS_BOLD, 8.5f, RED);
    private static final Facts.Style FACTS = Facts.Style.ruled(LABEL, VALUE, VALUE, 3);
    private static final Letterhead HEAD = new Letterhead(0.75f, 8.5f, 20, 7.5f);

    private EmargementPdf() {
    }

    public static byte[] render(EmargementData d) {
        return PdfFile.a4(MARGIN, MARGIN, 92, 48, 16_000).frame(new Frame(d))
                .info("Feuilles d'émargement – " + d.session(), d.centreName(), null)
                .write("Mise en page de la feuille d'émargement impossible", (document, writer) -> {
                    if (d.sheets().isEmpty()) {
                        document.add(new Paragraph("Aucune épreuve planifiée : la session n'a aucun candidat inscrit.",
                                VALUE));
                    }
                    boolean first = true;
                    for (EmargementData.Sheet sheet : d.sheets()) {
                        if (!first) {
                            document.newPage();
                        }
                        first = false;
                        sheet(document, d, sheet);
                    }
                });
    }

    private static void sheet(Document document, EmargementData d, EmargementData.Sheet sheet)
            throws DocumentException {
        document.add(centred(0, "FEUILLE D'ÉMARGEMENT", font(SANS_BOLD, 16, BLUE)));
        Paragraph sub = centred(15, sheet.epreuve() + " – " + longDate(sheet.day()), font(SANS_BOLD, 11));
        sub.setSpacingAfter(8);
        document.add(sub);
        facts(document, d);
        candidates(document, sheet);
        jury(document, d);
    }

    private static void facts(Document document, EmargementData d) throws DocumentException {
        Facts t = Facts.of(new float[]{16, 34, 16, 34}, FACTS);
        t.add("Titre professionnel", orDash(d.title()), false, 3);
        t.add("Session", orDash(d.session()), false, 3);
        t.add("Centre", orDash(d.centreName()));
        t.add("Lieu", orDash(d.site()));
        t.add("Responsable", orDash(d.manager()), false, 3);
        document.add(t.table());
    }

    private static void candidates(Document document, EmargementData.Sheet sheet) throws DocumentException {
        document.add(section("Candidats"));
        PdfPTable t = headed(new float[]{4, 23, 14, 23, 10, 26}, "N°", "Candidat", "Horaire",
                "Aménagements (pour le surveillant)", "Présence", "Signature du candidat");
        Zebra rows = new Zebra();
        int n = 0;
        for (EmargementData.Line line : sheet.lines()) {
            Color bg = rows.next();
            t.addCell(bodyCell(new Phrase(String.valueOf(++n), SMALL), bg));
            Phrase who = new Phrase(line.name(), SMALL_BOLD);
            who.add(Chunk.NEWLINE);
            who.add(new Chunk("réf. " + line.reference(), NOTE));
            t.addCell(bodyCell(who, bg));
            t.addCell(bodyCell(new Phrase(line.schedule(), SMALL), bg));
            t.addCell(bodyCell(new Phrase(line.accommodations().isEmpty() ? "—" : line.accommodations(), SMALL), bg));
            t.addCell(bodyCell(new Phrase(line.presence() == null ? "" : line.presence(),
                    "Absent".equals(line.presence()) ? ABSENT : SMALL_BOLD), bg));
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
        PdfPTable t = headed(new float[]{40, 60}, "Membre du jury", "Signature");
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

    private static Paragraph section(String s) {
        return heading(s, SECTION, 10, 4);
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
            HEAD.draw(cb, MARGIN, w - MARGIN, h - 22);
            rule(cb, LIGHT_GREY, 0.5f, MARGIN, w - MARGIN, 36);
            text(cb, "Feuille d'émargement – " + d.session() + " – " + d.centreName(), SANS, 7, GREY, MARGIN, 25,
                    Element.ALIGN_LEFT);
            text(cb, "page " + writer.getPageNumber(), SANS, 7, GREY, w - MARGIN, 25, Element.ALIGN_RIGHT);
        }
    }
}
