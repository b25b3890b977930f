package fr.titrepro.document.render;

import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.SigningAuthority;
import fr.titrepro.document.pdf.Facts;
import fr.titrepro.document.pdf.Letterhead;
import fr.titrepro.document.pdf.PdfFile;
import fr.titrepro.document.pdf.VerificationBlock;
import fr.titrepro.document.pdf.Zebra;
import fr.titrepro.document.verification.VerificationStamp;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.GREY;
import static fr.titrepro.document.pdf.OfficialStyle.LIGHT_GREY;
import static fr.titrepro.document.pdf.OfficialStyle.SANS;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_ITALIC;
import static fr.titrepro.document.pdf.OfficialStyle.centred;
import static fr.titrepro.document.pdf.OfficialStyle.font;
import static fr.titrepro.document.pdf.OfficialStyle.heading;
import static fr.titrepro.document.pdf.OfficialStyle.rule;
import static fr.titrepro.document.pdf.OfficialStyle.text;
import static fr.titrepro.document.pdf.PdfTables.bodyCell;
import static fr.titrepro.document.pdf.PdfTables.headed;
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
    private static final float[] FACT_WIDTHS = {28, 72};
    private static final Facts.Style FACTS = Facts.Style.ruled(LABEL, VALUE, VALUE_BOLD, 4);
    private static final Letterhead HEAD = new Letterhead(1f, 9, 21, 7.5f);

    private LivretPdf() {
    }

    public static byte[] render(LivretData d, SigningAuthority authority, VerificationStamp stamp) {
        return PdfFile.a4(50, 50, 118, 60, 24_000).fast().frame(new Frame(d, stamp))
                .info("Livret de certification – " + d.title().name() + " – " + d.holder().fullName(),
                        CertifiedTitle.MINISTRY, "Livret de certification – code de vérification " + stamp.code())
                .write("Mise en page du livret impossible", (document, writer) -> {
                    cover(document, d);
                    holder(document, d.holder());
                    title(document, d.title());
                    ccps(document, d);
                    completion(document, d);
                    issue(document, writer, d, authority, stamp);
                });
    }

    private static void cover(Document document, LivretData d) throws DocumentException {
        document.add(centred(0, "LIVRET DE CERTIFICATION", font(SANS_BOLD, 20, BLUE)));
        Paragraph sub = centred(16, "Titre professionnel « " + d.title().name() + " »", font(SANS, 12));
        sub.setSpacingAfter(14);
        document.add(sub);
    }

    private static void holder(Document document, HolderIdentity h) throws DocumentException {
        document.add(section("Titulaire"));
        Facts t = Facts.of(FACT_WIDTHS, FACTS);
        t.add("Civilité", h.civility());
        t.add("Nom de naissance", h.birthName().toUpperCase(), true);
        if (h.hasDistinctUsageName()) {
            t.add("Nom d'usage", h.usageName().toUpperCase(), true);
        }
        t.add("Prénoms", h.firstNames(), true);
        t.add("Date et lieu de naissance", h.born() + " le " + longDate(h.birthDate()) + " à " + h.birthPlace());
        document.add(t.table());
    }

    private static void title(Document document, CertifiedTitle title) throws DocumentException {
        document.add(section("Titre professionnel"));
        Facts t = Facts.of(FACT_WIDTHS, FACTS);
        t.add("Intitulé", title.name() + " (" + title.acronym() + ")", true);
        t.add("Code et version", title.code() + " – version " + title.version());
        t.add("Niveau", title.levelLine());
        t.add("Code(s) NSF", title.nsfLine());
        t.add("RNCP", title.rncpLine());
        t.add("Certificateur", title.certifier());
        document.add(t.table());
    }

    private static void ccps(Document document, LivretData d) throws DocumentException {
        document.add(section("Certificats de compétences professionnelles (CCP) obtenus"));
        PdfPTable t = headed(new float[]{9, 51, 18, 22}, "CCP", "Intitulé", "Obtenu le", "Lieu de la session");
        Zebra rows = new Zebra();
        for (LivretData.CcpLine line : d.ccpsHeld()) {
            Color bg = rows.next();
            t.addCell(bodyCell(new Phrase("CCP " + line.number(), VALUE_BOLD), bg));
            Phrase name = new Phrase(line.name(), VALUE);
            if (line.note() != null) {
                name.add(Chunk.NEWLINE);
                name.add(new Chunk(line.note(), NOTE));
            }
            t.addCell(bodyCell(name, bg));
            t.addCell(bodyCell(new Phrase(longDate(line.obtainedOn()), VALUE), bg));
            t.addCell(bodyCell(new Phrase(line.place(), VALUE), bg));
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

        PdfPCell left = new PdfPCell(VerificationBlock.table(writer, stamp.code(), stamp.url(), 72,
                new float[]{27, 73}, LABEL));
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
        sign.setAlignment(Element.ALIGN_CENTER);
        right.addElement(sign);
        right.setBorder(Rectangle.NO_BORDER);
        right.setPaddingLeft(18);
        t.addCell(right);
        document.add(t);
    }

    private static Paragraph section(String s) {
        return heading(s, SECTION, 12, 5);
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
            HEAD.draw(cb, 50, page.getWidth() - 50, page.getHeight() - 34);
            rule(cb, LIGHT_GREY, 0.5f, 50, page.getWidth() - 50, 46);
            text(cb, "Livret de certification – " + d.holder().fullName() + " – " + d.title().code(), SANS, 7.5f,
                    GREY, 50, 34, Element.ALIGN_LEFT);
            text(cb, "Code " + stamp.code() + "  ·  page " + writer.getPageNumber(), SANS, 7.5f, GREY,
                    page.getWidth() - 50, 34, Element.ALIGN_RIGHT);
        }
    }
}
