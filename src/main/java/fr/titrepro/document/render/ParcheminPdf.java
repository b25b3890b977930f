package fr.titrepro.document.render;

import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.SigningAuthority;
import fr.titrepro.document.pdf.Letterhead;
import fr.titrepro.document.pdf.OfficialStyle;
import fr.titrepro.document.pdf.PdfFile;
import fr.titrepro.document.pdf.VerificationBlock;
import fr.titrepro.document.verification.VerificationStamp;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Color;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.GOLD;
import static fr.titrepro.document.pdf.OfficialStyle.GREY;
import static fr.titrepro.document.pdf.OfficialStyle.SERIF;
import static fr.titrepro.document.pdf.OfficialStyle.SERIF_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.SERIF_ITALIC;
import static fr.titrepro.document.pdf.OfficialStyle.centred;
import static fr.titrepro.document.pdf.OfficialStyle.column;
import static fr.titrepro.document.pdf.OfficialStyle.font;
import static fr.titrepro.document.pdf.OfficialStyle.rule;
import static fr.titrepro.document.pdf.OfficialStyle.spacedText;
import static fr.titrepro.document.pdf.OfficialStyle.text;
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
    private static final String CERTIFIER_LINE = "Certificateur : " + CertifiedTitle.MINISTRY;
    private static final Letterhead HEAD = new Letterhead(1.15f, 9, 22, 8);

    private ParcheminPdf() {
    }

    public static byte[] render(ParcheminData d, SigningAuthority authority, VerificationStamp stamp) {
        String what = d.ccs() == null ? "Titre professionnel" : "Certificat complémentaire de spécialisation";
        return PdfFile.a4Landscape(0, 0, 0, 0, 24_000).fast()
                .info(what + " – " + (d.ccs() == null ? d.title().name() : d.ccs().name()) + " – "
                        + d.holder().fullName(), CertifiedTitle.MINISTRY, "Parchemin – code de vérification "
                        + stamp.code())
                .write("Mise en page du parchemin impossible", (document, writer) -> {
                    PdfContentByte cb = writer.getDirectContent();
                    frame(cb);
                    HEAD.draw(cb, 58, W - 58, H - 52);
                    float y = title(cb, d);
                    ornament(cb, y - 13);
                    titleLines(cb, d.title(), y);
                    float visas = y - 90;
                    column(cb, OfficialStyle.centred(10, visas(d), font(SERIF_ITALIC, 8.5f, GREY)), CX - 340, visas - 52,
                            CX + 340, visas + 10);
                    holder(cb, d, visas - 84);
                    VerificationBlock.draw(writer, stamp.code(), stamp.url(), 52, 46, 74);
                    signature(cb, d, authority);
                });
    }

    /** « TITRE PROFESSIONNEL » or « CERTIFICAT COMPLÉMENTAIRE… » and the name; returns the last line's baseline. */
    private static float title(PdfContentByte cb, ParcheminData d) {
        float y = H - 118;
        if (d.ccs() == null) {
            spacedText(cb, "TITRE PROFESSIONNEL", SERIF_BOLD, 30, BLUE, CX, y, 3.5f);
            return centred(cb, d.title().name(), SERIF_BOLD, 23, Color.BLACK, y - 36, 620, 27);
        }
        spacedText(cb, "CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION", SERIF_BOLD, 19, BLUE, CX, y, 1.5f);
        y = centred(cb, d.ccs().name(), SERIF_BOLD, 21, Color.BLACK, y - 32, 620, 25);
        return centred(cb, "associé au titre professionnel " + d.title().name(), SERIF, 13, Color.BLACK, y - 20,
                620, 16);
    }

    private static void titleLines(PdfContentByte cb, CertifiedTitle t, float y) {
        text(cb, t.levelLine(), SERIF, 11.5f, Color.BLACK, CX, y - 34, Element.ALIGN_CENTER);
        text(cb, "Code " + t.code() + " (version " + t.version() + ")  ·  NSF " + t.nsfLine(), SERIF, 10,
                Color.BLACK, CX, y - 50, Element.ALIGN_CENTER);
        text(cb, t.rncpLine() + "  ·  " + CERTIFIER_LINE, SERIF, 10, Color.BLACK, CX, y - 64,
                Element.ALIGN_CENTER);
    }

    private static void holder(PdfContentByte cb, ParcheminData d, float holder) {
        text(cb, d.ccs() == null ? "le titre professionnel est délivré à" : "le certificat est délivré à", SERIF,
                13, Color.BLACK, CX, holder, Element.ALIGN_CENTER);
        text(cb, d.holder().formalName(), SERIF_BOLD, 22, BLUE, CX, holder - 28, Element.ALIGN_CENTER);
        HolderIdentity h = d.holder();
        String born = h.born() + " le " + longDate(h.birthDate()) + " à " + h.birthPlace();
        if (h.hasDistinctUsageName()) {
            born = "nom d'usage : " + h.usageName().toUpperCase() + "  ·  " + born;
        }
        text(cb, born, SERIF, 12, Color.BLACK, CX, holder - 47, Element.ALIGN_CENTER);
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
    private static float centred(PdfContentByte cb, String s, BaseFont base, float size, Color color, float top,
                                 float width, float leading) {
        return column(cb, OfficialStyle.centred(leading, s, font(base, size, color)), CX - width / 2,
                top - 3 * leading, CX + width / 2, top + size);
    }

    private static void signature(PdfContentByte cb, ParcheminData d, SigningAuthority authority) {
        float right = W - 58;
        float left = right - 300;
        text(cb, "Fait à " + d.place() + ", le " + longDate(d.issuedOn()), SERIF, 12, Color.BLACK,
                (left + right) / 2, 152, Element.ALIGN_CENTER);
        column(cb, OfficialStyle.centred(11, authority.title(), font(SERIF_ITALIC, 9.5f, Color.BLACK)), left, 100,
                right, 146);
        rule(cb, GREY, 0.4f, left + 60, right - 60, 76);
        text(cb, authority.name(), SERIF_BOLD, 12, Color.BLACK, (left + right) / 2, 62, Element.ALIGN_CENTER);
    }
}
