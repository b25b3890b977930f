package fr.titrepro.document;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import static fr.titrepro.document.OfficialStyle.BLUE;
import static fr.titrepro.document.OfficialStyle.GOLD;
import static fr.titrepro.document.OfficialStyle.GREY;
import static fr.titrepro.document.OfficialStyle.SANS;
import static fr.titrepro.document.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.OfficialStyle.SERIF;
import static fr.titrepro.document.OfficialStyle.SERIF_BOLD;
import static fr.titrepro.document.OfficialStyle.SERIF_ITALIC;
import static fr.titrepro.document.OfficialStyle.font;
import static fr.titrepro.document.OfficialStyle.spacedText;
import static fr.titrepro.document.OfficialStyle.text;
import static fr.titrepro.shared.text.FrenchDates.longDate;

/**
 * The parchemin (diploma) of a titre professionnel or of a CCS: A4 landscape, framed, with every mention of the
 * Arrêté du 22 décembre 2015: holder identity, exact title, levels, NSF, RNCP, certifier, the visas of the fiche
 * (note ²) with the title's arrêté de spécialité, the date of the jury's deliberation, date and place of issue,
 * signature of the representative of the DREETS of the session's region; plus the verification code and its QR code. Pure: data in, PDF out.
 */
public final class ParcheminPdf {

    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float CX = W / 2;

    private ParcheminPdf() {
    }

    public static byte[] render(ParcheminData d, SigningAuthority authority, VerificationStamp stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(24_000);
        Document document = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        String what = d.ccs() == null ? "Titre professionnel" : "Certificat complémentaire de spécialisation";
        document.addTitle(what + " – " + (d.ccs() == null ? d.title().name() : d.ccs().name()) + " – "
                + d.holder().fullName());
        document.addAuthor(CertifiedTitle.MINISTRY);
        document.addSubject("Parchemin – code de vérification " + stamp.code());
        document.addCreator("titrepro");
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        frame(cb);
        OfficialStyle.stateBlock(cb, 58, H - 52, 1.15f);
        text(cb, CertifiedTitle.MINISTRY.toUpperCase(), SANS_BOLD, 9, BLUE, W - 58, H - 62, Element.ALIGN_RIGHT);
        text(cb, "Titre professionnel du ministère chargé de l'emploi", SANS, 8, GREY, W - 58, H - 74,
                Element.ALIGN_RIGHT);

        float y = H - 118;
        if (d.ccs() == null) {
            spacedText(cb, "TITRE PROFESSIONNEL", SERIF_BOLD, 30, BLUE, CX, y, 3.5f);
            y = centred(cb, d.title().name(), SERIF_BOLD, 23, Color.BLACK, y - 36, 620, 27);
        } else {
            spacedText(cb, "CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION", SERIF_BOLD, 19, BLUE, CX, y, 1.5f);
            y = centred(cb, d.ccs().name(), SERIF_BOLD, 21, Color.BLACK, y - 32, 620, 25);
            y = centred(cb, "associé au titre professionnel " + d.title().name(), SERIF, 13, Color.BLACK, y - 20,
                    620, 16);
        }
        ornament(cb, y - 13);
        CertifiedTitle t = d.title();
        text(cb, t.levelLine(), SERIF, 11.5f, Color.BLACK, CX, y - 34, Element.ALIGN_CENTER);
        text(cb, "Code " + t.code() + " (version " + t.version() + ")  ·  NSF " + t.nsfLine(), SERIF, 10,
                Color.BLACK, CX, y - 50, Element.ALIGN_CENTER);
        text(cb, t.rncpLine() + "  ·  " + OfficialStyle.CERTIFIER_LINE, SERIF, 10, Color.BLACK, CX, y - 64,
                Element.ALIGN_CENTER);

        float visas = y - 90;
        Paragraph v = new Paragraph(10, visas(d), font(SERIF_ITALIC, 8.5f, GREY));
        v.setAlignment(Element.ALIGN_CENTER);
        ColumnText visa = new ColumnText(cb);
        visa.setSimpleColumn(CX - 340, visas - 52, CX + 340, visas + 10);
        visa.addElement(v);
        visa.go();

        float holder = visas - 84;
        text(cb, d.ccs() == null ? "le titre professionnel est délivré à" : "le certificat est délivré à", SERIF,
                13, Color.BLACK, CX, holder, Element.ALIGN_CENTER);
        text(cb, d.holder().formalName(), SERIF_BOLD, 22, BLUE, CX, holder - 28, Element.ALIGN_CENTER);
        HolderIdentity h = d.holder();
        String born = h.born() + " le " + longDate(h.birthDate()) + " à " + h.birthPlace();
        if (h.hasDistinctUsageName()) {
            born = "nom d'usage : " + h.usageName().toUpperCase() + "  ·  " + born;
        }
        text(cb, born, SERIF, 12, Color.BLACK, CX, holder - 47, Element.ALIGN_CENTER);

        verification(writer, cb, stamp);
        signature(cb, d, authority);
        document.close();
        return out.toByteArray();
    }

    /**
     * The texts the parchemin is issued under (fiche TP-00496, note ²; DOMAIN "Documents"): the code de l'éducation
     * (R. 338-1 is an article of that code), the arrêtés of 22 December 2015 and 21 July 2016, the title's own arrêté
     * de spécialité when the référentiel gives it, and the jury's deliberation on this candidate, with its date.
     */
    static String visas(ParcheminData d) {
        StringBuilder v = new StringBuilder("Vu le code de l'éducation, notamment ses articles L. 335-5, L. 335-6, "
                + "R. 335-7, R. 335-13 et R. 338-1 et suivants ; vu l'arrêté du 22 décembre 2015 relatif aux conditions "
                + "de délivrance du titre professionnel du ministère chargé de l'emploi ; vu l'arrêté du 21 juillet "
                + "2016 portant règlement général des sessions d'examen pour l'obtention du titre professionnel du "
                + "ministère chargé de l'emploi ; ");
        if (d.specialityDecree() != null && !d.specialityDecree().isBlank()) {
            v.append("vu l'").append(d.specialityDecree().strip()).append(" ; ");
        }
        v.append("vu la délibération du jury réuni à ").append(d.place()).append(" le ")
                .append(longDate(d.deliberatedOn())).append(" ;");
        return v.toString();
    }

    /** A double frame: a blue rule, a thin gold rule, and small squares in the inner corners. */
    private static void frame(PdfContentByte cb) {
        cb.saveState();
        cb.setColorStroke(BLUE);
        cb.setLineWidth(3f);
        cb.rectangle(20, 20, W - 40, H - 40);
        cb.stroke();
        cb.setLineWidth(0.8f);
        cb.rectangle(26, 26, W - 52, H - 52);
        cb.stroke();
        cb.setColorStroke(GOLD);
        cb.setLineWidth(0.6f);
        cb.rectangle(32, 32, W - 64, H - 64);
        cb.stroke();
        cb.setColorFill(GOLD);
        for (float[] c : new float[][]{{32, 32}, {W - 32, 32}, {32, H - 32}, {W - 32, H - 32}}) {
            cb.rectangle(c[0] - 3, c[1] - 3, 6, 6);
        }
        cb.fill();
        cb.restoreState();
    }

    private static void ornament(PdfContentByte cb, float y) {
        cb.saveState();
        cb.setColorStroke(GOLD);
        cb.setLineWidth(0.7f);
        cb.moveTo(CX - 120, y);
        cb.lineTo(CX - 8, y);
        cb.moveTo(CX + 8, y);
        cb.lineTo(CX + 120, y);
        cb.stroke();
        cb.setColorFill(GOLD);
        cb.moveTo(CX, y + 4);
        cb.lineTo(CX + 4, y);
        cb.lineTo(CX, y - 4);
        cb.lineTo(CX - 4, y);
        cb.fill();
        cb.restoreState();
    }

    /** Wrapped centred text; returns the baseline of its last line. */
    private static float centred(PdfContentByte cb, String s, org.openpdf.text.pdf.BaseFont base, float size,
                                 Color color, float top, float width, float leading) {
        ColumnText ct = new ColumnText(cb);
        Paragraph p = new Paragraph(leading, s, font(base, size, color));
        p.setAlignment(Element.ALIGN_CENTER);
        ct.setSimpleColumn(CX - width / 2, top - 3 * leading, CX + width / 2, top + size);
        ct.addElement(p);
        try {
            ct.go();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ct.getYLine();
    }

    private static void verification(PdfWriter writer, PdfContentByte cb, VerificationStamp stamp) {
        float size = 74;
        Image qr = OfficialStyle.qrCode(writer, stamp.url(), size);
        qr.setAbsolutePosition(52, 46);
        try {
            cb.addImage(qr);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        float x = 52 + size + 8;
        text(cb, "Code de vérification", SANS, 7.5f, GREY, x, 104, Element.ALIGN_LEFT);
        text(cb, stamp.code(), SANS_BOLD, 12, Color.BLACK, x, 90, Element.ALIGN_LEFT);
        text(cb, "Authenticité vérifiable sur", SANS, 7.5f, GREY, x, 76, Element.ALIGN_LEFT);
        text(cb, stamp.url(), SANS, 7.5f, BLUE, x, 66, Element.ALIGN_LEFT);
        text(cb, "Document signé électroniquement (PAdES)", SANS, 7, GREY, x, 54, Element.ALIGN_LEFT);
    }

    private static void signature(PdfContentByte cb, ParcheminData d, SigningAuthority authority) {
        float right = W - 58;
        float left = right - 300;
        text(cb, "Fait à " + d.place() + ", le " + longDate(d.issuedOn()), SERIF, 12, Color.BLACK,
                (left + right) / 2, 152, Element.ALIGN_CENTER);
        ColumnText ct = new ColumnText(cb);
        Paragraph p = new Paragraph(11, authority.title(), font(SERIF_ITALIC, 9.5f, Color.BLACK));
        p.setAlignment(Element.ALIGN_CENTER);
        ct.setSimpleColumn(left, 100, right, 146);
        ct.addElement(p);
        try {
            ct.go();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        cb.saveState();
        cb.setColorStroke(GREY);
        cb.setLineWidth(0.4f);
        cb.moveTo(left + 60, 76);
        cb.lineTo(right - 60, 76);
        cb.stroke();
        cb.restoreState();
        text(cb, authority.name(), SERIF_BOLD, 12, Color.BLACK, (left + right) / 2, 62, Element.ALIGN_CENTER);
    }
}
