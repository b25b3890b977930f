package fr.titrepro.document;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
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
import static fr.titrepro.document.OfficialStyle.font;
import static fr.titrepro.document.OfficialStyle.text;
import static fr.titrepro.shared.text.FrenchDates.longDate;

/**
 * The livret de certification: A4 portrait; the holder, the title, each CCP held with the date and place of the
 * session that granted it, the CCPs missing and the rule for completing the title, the place and date of issue and
 * the competent authority, the verification code and its QR code. Pure: data in, PDF out.
 */
public final class LivretPdf {

    private static final Font LABEL = font(SANS, 8.5f, GREY);
    private static final Font VALUE = font(SANS, 10);
    private static final Font VALUE_BOLD = font(SANS_BOLD, 10);
    private static final Font SECTION = font(SANS_BOLD, 11, BLUE);
    private static final Font NOTE = font(SANS_ITALIC, 8.5f, GREY);
    private static final Font HEAD = font(SANS_BOLD, 9, Color.WHITE);

    private LivretPdf() {
    }

    public static byte[] render(LivretData d, SigningAuthority authority, VerificationStamp stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(24_000);
        Document document = new Document(PageSize.A4, 50, 50, 118, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        writer.setPageEvent(new Frame(d, stamp));
        document.addTitle("Livret de certification – " + d.title().name() + " – " + d.holder().fullName());
        document.addAuthor(CertifiedTitle.MINISTRY);
        document.addSubject("Livret de certification – code de vérification " + stamp.code());
        document.addCreator("titrepro");
        document.open();
        try {
            heading(document, d);
            holder(document, d.holder());
            title(document, d.title());
            ccps(document, d);
            completion(document, d);
            issue(document, writer, d, authority, stamp);
        } catch (DocumentException e) {
            throw new IllegalStateException("Mise en page du livret impossible", e);
        }
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, LivretData d) throws DocumentException {
        Paragraph title = new Paragraph("LIVRET DE CERTIFICATION", font(SANS_BOLD, 20, BLUE));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph sub = new Paragraph(16, "Titre professionnel « " + d.title().name() + " »", font(SANS, 12));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(14);
        document.add(sub);
    }

    private static void holder(Document document, HolderIdentity h) throws DocumentException {
        document.add(section("Titulaire"));
        PdfPTable t = facts();
        fact(t, "Civilité", h.civility() == null ? "" : h.civility());
        fact(t, "Nom de naissance", h.birthName().toUpperCase(), true);
        if (h.hasDistinctUsageName()) {
            fact(t, "Nom d'usage", h.usageName().toUpperCase(), true);
        }
        fact(t, "Prénoms", h.firstNames(), true);
        fact(t, "Date et lieu de naissance", h.born() + " le " + longDate(h.birthDate()) + " à " + h.birthPlace());
        document.add(t);
    }

    private static void title(Document document, CertifiedTitle title) throws DocumentException {
        document.add(section("Titre professionnel"));
        PdfPTable t = facts();
        fact(t, "Intitulé", title.name() + " (" + title.acronym() + ")", true);
        fact(t, "Code et version", title.code() + " – version " + title.version());
        fact(t, "Niveau", title.levelLine());
        fact(t, "Code(s) NSF", title.nsfLine());
        fact(t, "RNCP", title.rncpLine());
        fact(t, "Certificateur", title.certifier());
        document.add(t);
    }

    private static void ccps(Document document, LivretData d) throws DocumentException {
        document.add(section("Certificats de compétences professionnelles (CCP) obtenus"));
        PdfPTable t = new PdfPTable(new float[]{9, 51, 18, 22});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : new String[]{"CCP", "Intitulé", "Obtenu le", "Lieu de la session"}) {
            PdfPCell c = new PdfPCell(new Phrase(h, HEAD));
            c.setBackgroundColor(BLUE);
            c.setBorderColor(BLUE);
            c.setPadding(5);
            t.addCell(c);
        }
        boolean odd = false;
        for (LivretData.CcpLine line : d.ccpsHeld()) {
            Color bg = odd ? PALE_BLUE : Color.WHITE;
            odd = !odd;
            t.addCell(cell(new Phrase("CCP " + line.number(), VALUE_BOLD), bg));
            Phrase name = new Phrase(line.name(), VALUE);
            if (line.note() != null) {
                name.add(Chunk.NEWLINE);
                name.add(new Chunk(line.note(), NOTE));
            }
            t.addCell(cell(name, bg));
            t.addCell(cell(new Phrase(longDate(line.obtainedOn()), VALUE), bg));
            t.addCell(cell(new Phrase(line.place(), VALUE), bg));
        }
        document.add(t);
    }

    /**
     * The true state of the title (DOMAIN "Documents"): the CCPs missing and the rule of the fiche for taking them,
     * or, when every CCP is held, that the title was not awarded and how it still can be. Never « Titre complet »,
     * never « acquis définitivement »: a CCP counts within the validity of the title (fiche, § 2).
     */
    private static void completion(Document document, LivretData d) throws DocumentException {
        if (d.ccpsMissing().isEmpty()) {
            document.add(section("Titre non attribué"));
            document.add(new Paragraph(13, d.titleNotAwarded(), VALUE));
        } else {
            document.add(section("Compléter le titre"));
            Paragraph missing = new Paragraph(13, "", VALUE);
            missing.add(new Chunk("CCP restant à obtenir : ",
                    VALUE_BOLD));
            missing.add(new Chunk(String.join(" ; ", d.ccpsMissing().stream()
                    .map(m -> "CCP " + m.number() + " – " + m.name()).toList())));
            document.add(missing);
        }
        Paragraph rule = new Paragraph(13, "", VALUE);
        rule.setSpacingBefore(4);
        rule.add(new Chunk("Validité : ", VALUE_BOLD));
        rule.add(new Chunk(d.completionRule()));
        document.add(rule);
        Paragraph how = new Paragraph(12, "Le titre est attribué par le jury à l'issue d'un entretien final, tenu en fin "
                + "de session du dernier CCP ou lors d'une session du titre, au vu du présent livret de certification.",
                NOTE);
        how.setSpacingBefore(4);
        document.add(how);
    }

    private static void issue(Document document, PdfWriter writer, LivretData d, SigningAuthority authority,
                              VerificationStamp stamp) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{56, 44});
        t.setWidthPercentage(100);
        t.setSpacingBefore(22);
        t.setKeepTogether(true);

        PdfPCell left = new PdfPCell(OfficialStyle.verificationBlock(writer, stamp, 72, new float[]{27, 73}, LABEL));
        left.setBorder(Rectangle.BOX);
        left.setBorderColor(LIGHT_GREY);
        left.setPadding(8);
        t.addCell(left);

        Paragraph sign = new Paragraph(13, "", VALUE);
        sign.add(new Chunk("Fait à " + d.issuedAt() + ", le " + longDate(d.issuedOn()), VALUE));
        sign.add(Chunk.NEWLINE);
        sign.add(new Chunk(authority.title(), font(SANS_ITALIC, 8.5f)));
        sign.add(Chunk.NEWLINE);
        sign.add(Chunk.NEWLINE);
        sign.add(new Chunk(authority.name(), VALUE_BOLD));
        PdfPCell right = new PdfPCell();
        right.addElement(centre(sign));
        right.setBorder(Rectangle.NO_BORDER);
        right.setPaddingLeft(18);
        t.addCell(right);
        document.add(t);
    }

    private static Paragraph centre(Paragraph p) {
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph section(String s) {
        Paragraph p = new Paragraph(s, SECTION);
        p.setSpacingBefore(12);
        p.setSpacingAfter(5);
        return p;
    }

    private static PdfPTable facts() {
        PdfPTable t = new PdfPTable(new float[]{28, 72});
        t.setWidthPercentage(100);
        return t;
    }

    private static void fact(PdfPTable t, String label, String value) {
        fact(t, label, value, false);
    }

    private static void fact(PdfPTable t, String label, String value, boolean bold) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        l.setBorder(Rectangle.BOTTOM);
        l.setBorderColor(LIGHT_GREY);
        l.setPadding(4);
        t.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value, bold ? VALUE_BOLD : VALUE));
        v.setBorder(Rectangle.BOTTOM);
        v.setBorderColor(LIGHT_GREY);
        v.setPadding(4);
        t.addCell(v);
    }

    private static PdfPCell cell(Phrase p, Color background) {
        PdfPCell c = new PdfPCell(p);
        c.setBackgroundColor(background);
        c.setBorderColor(LIGHT_GREY);
        c.setPadding(5);
        return c;
    }

    /** Every page: the State's block and the ministry at the top, the holder, code and page number at the bottom. */
    private static final class Frame extends PdfPageEventHelper {
        private final LivretData d;
        private final VerificationStamp stamp;

        Frame(LivretData d, VerificationStamp stamp) {
            this.d = d;
            this.stamp = stamp;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            OfficialStyle.stateBlock(cb, 50, page.getHeight() - 34, 1f);
            text(cb, CertifiedTitle.MINISTRY.toUpperCase(), SANS_BOLD, 9, BLUE, page.getWidth() - 50,
                    page.getHeight() - 44, Element.ALIGN_RIGHT);
            text(cb, "Titre professionnel du ministère chargé de l'emploi", SANS, 7.5f, GREY, page.getWidth() - 50,
                    page.getHeight() - 55, Element.ALIGN_RIGHT);
            cb.saveState();
            cb.setColorStroke(LIGHT_GREY);
            cb.setLineWidth(0.5f);
            cb.moveTo(50, 46);
            cb.lineTo(page.getWidth() - 50, 46);
            cb.stroke();
            cb.restoreState();
            text(cb, "Livret de certification – " + d.holder().fullName() + " – " + d.title().code(), SANS, 7.5f,
                    GREY, 50, 34, Element.ALIGN_LEFT);
            text(cb, "Code " + stamp.code() + "  ·  page " + writer.getPageNumber(), SANS, 7.5f, GREY,
                    page.getWidth() - 50, 34, Element.ALIGN_RIGHT);
        }
    }
}
