package fr.titrepro.document.render;

import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.SigningAuthority;
import fr.titrepro.document.pdf.Facts;
import fr.titrepro.document.pdf.PdfFile;
import fr.titrepro.document.pdf.VerificationBlock;
import fr.titrepro.document.verification.VerificationStamp;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import static fr.titrepro.shared.text.FrenchDates.longDate;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * The procès-verbal de session: A4 landscape; the session (title and version, centre, site, dates), the jury, one
 * line per candidate with the CCP decisions, the entretien final, the outcome, the jury's overrides with their reason
 * and the fraud reports, the counts per outcome, the incidents, the rectifications after appeals, the jurors'
 * electronic signatures and the validation by the competent authority with the verification code. Without any
 * signature it is the draft shown to the jury before signing, marked « Projet – non signé » on every page. Pure:
 * data in, PDF out. The tables are written by {@link PvTables}, each page's head and foot by {@link PvFrame}.
 */
public final class PvPdf {

    /** The code of the preview stamp: no verification code exists before the PV is validated and issued. */
    public static final String PREVIEW_CODE = "PROJET";

    static final float MARGIN = 40;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");

    static final Font LABEL = font(SANS, 8, GREY);
    static final Font VALUE = font(SANS, 9.5f);
    static final Font VALUE_BOLD = font(SANS_BOLD, 9.5f);
    static final Font SMALL = font(SANS, 8.5f);
    static final Font SMALL_BOLD = font(SANS_BOLD, 8.5f);
    static final Font SMALL_GREY = font(SANS, 7.5f, GREY);
    static final Font SMALL_ITALIC = font(SANS_ITALIC, 8.5f);
    static final Font SMALL_ITALIC_GREY = font(SANS_ITALIC, 8.5f, GREY);
    static final Font FRAUD = font(SANS_BOLD, 8.5f, RED);
    private static final Font SECTION = font(SANS_BOLD, 11, BLUE);
    private static final Facts.Style FACTS = Facts.Style.ruled(LABEL, VALUE, VALUE_BOLD, 3.5f);

    /** The outcomes in the order a PV counts them; any other label follows, in order of appearance. */
    private static final List<String> OUTCOME_ORDER = List.of("Titre obtenu", "Réussite partielle", "Échec",
            "CCS obtenu", "CCS non obtenu", "Fraude", "Absent", "Absent excusé");

    private PvPdf() {
    }

    /** « Procès-verbal de session », with « – rectificatif n° N » for the N-th rectification (PV version N + 1). */
    public static String documentTitle(PvData d) {
        return "Procès-verbal de session" + (d.pvVersion() > 1 ? " – rectificatif n° " + (d.pvVersion() - 1) : "");
    }

    public static byte[] render(PvData d, SigningAuthority authority, VerificationStamp stamp) {
        return PdfFile.a4Landscape(MARGIN, MARGIN, 100, 52, 32_000).fast().frame(new PvFrame(d, stamp))
                .info(documentTitle(d) + " – " + d.title().name() + " – " + d.centreName(), CertifiedTitle.MINISTRY,
                        documentTitle(d) + (isPreview(stamp) ? " – projet" : " – code de vérification " + stamp.code()))
                .write("Mise en page du procès-verbal impossible", (document, writer) -> {
                    title(document, d);
                    session(document, d);
                    PvTables.jury(document, d);
                    PvTables.candidates(document, d);
                    document.add(summary(d));
                    PvTables.emargements(document, d);
                    PvTables.incidents(document, d);
                    PvTables.rectifications(document, d);
                    PvTables.signatures(document, d);
                    validation(document, writer, authority, stamp, unsigned(d));
                });
    }

    static boolean unsigned(PvData d) {
        return d.signatures().isEmpty();
    }

    static boolean isPreview(VerificationStamp stamp) {
        return PREVIEW_CODE.equals(stamp.code());
    }

    private static void title(Document document, PvData d) throws DocumentException {
        document.add(centred(0, "PROCÈS-VERBAL DE SESSION", font(SANS_BOLD, 18, BLUE)));
        document.add(centred(15, "Titre professionnel « " + d.title().name() + " »", font(SANS, 11.5f)));
        if (d.pvVersion() > 1) {
            document.add(centred(14, "Rectificatif n° " + (d.pvVersion() - 1) + " – version " + d.pvVersion()
                    + " du procès-verbal, établie après recours ; elle remplace la version précédente",
                    font(SANS_BOLD, 9.5f, RED)));
        }
        if (unsigned(d)) {
            document.add(draftBanner());
        }
    }

    private static PdfPTable draftBanner() {
        PdfPTable banner = new PdfPTable(1);
        banner.setWidthPercentage(100);
        banner.setSpacingBefore(8);
        Phrase p = new Phrase("PROJET – NON SIGNÉ   ", font(SANS_BOLD, 11, RED));
        p.add(new Chunk("Ce procès-verbal n'a encore été signé par aucun membre du jury : il est soumis à leur "
                + "relecture et n'a aucune valeur officielle.", font(SANS, 9, RED)));
        PdfPCell c = new PdfPCell(p);
        c.setBorderColor(RED);
        c.setBorderWidth(1.2f);
        c.setBackgroundColor(new Color(0xFD, 0xEC, 0xEC));
        c.setPadding(6);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        banner.addCell(c);
        return banner;
    }

    private static void session(Document document, PvData d) throws DocumentException {
        document.add(section("Session"));
        CertifiedTitle title = d.title();
        Facts t = Facts.of(new float[]{14, 36, 14, 36}, FACTS);
        t.add("Titre professionnel", orDash(title.name() + " (" + title.acronym() + ")"), true);
        t.add("Code et version", orDash(title.code() + " – version " + title.version()), true);
        t.add("Niveau", orDash(title.levelLine()), false, 3);
        t.add("Nature de la session", orDash(d.sessionKind()));
        t.add("Dates", orDash(dates(d.startDate(), d.endDate())));
        if (d.ccs() != null) {
            t.add("CCS évalué", orDash(d.ccs()), false, 3);
        }
        String ccps = assessedCcps(d);
        if (!ccps.isEmpty()) {
            t.add("CCP évalués", ccps, false, 3);
        }
        t.add("Centre agréé", orDash(d.centreName()), true);
        t.add("SIRET", orDash(d.centreSiret()));
        t.add("Site", orDash(d.site()), false, 3);
        t.add("Date du procès-verbal", d.pvDate() == null || unsigned(d) ? "non signé" : longDate(d.pvDate()));
        t.add("Candidats", d.candidates().size() + " inscrit" + (d.candidates().size() > 1 ? "s" : ""));
        document.add(t.table());
    }

    /** « du 10 mars 2026 au 12 mars 2026 », or « le 12 mars 2026 » for a session of one day. */
    static String dates(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return "le " + longDate(start);
        }
        return "du " + longDate(start) + " au " + longDate(end);
    }

    /** Each CCP assessed at the session once, by number: the table then names them by number only. */
    private static String assessedCcps(PvData d) {
        Map<Integer, String> names = new TreeMap<>();
        d.candidates().forEach(c -> c.ccps().forEach(ccp -> names.putIfAbsent(ccp.number(), ccp.name())));
        List<String> lines = new ArrayList<>();
        names.forEach((n, name) -> lines.add("CCP " + n + " – " + name));
        return String.join(" ; ", lines);
    }

    /** « Titre obtenu : 12 · Réussite partielle : 3 · … », counted from the lines themselves. */
    static String counts(List<PvData.CandidateLine> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        OUTCOME_ORDER.forEach(o -> counts.put(o, 0));
        lines.forEach(l -> counts.merge(l.outcome(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((outcome, n) -> {
            if (n > 0) {
                parts.add(outcome + " : " + n);
            }
        });
        return String.join(" · ", parts);
    }

    private static Paragraph summary(PvData d) {
        Paragraph p = new Paragraph(13, "", VALUE);
        p.setSpacingBefore(6);
        int n = d.candidates().size();
        p.add(new Chunk("Synthèse – " + n + " candidat" + (n > 1 ? "s" : "") + " : ", VALUE_BOLD));
        p.add(new Chunk(n == 0 ? "aucun candidat inscrit." : counts(d.candidates()), VALUE));
        return p;
    }

    private static void validation(Document document, PdfWriter writer, SigningAuthority authority,
                                   VerificationStamp stamp, boolean unsigned) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{50, 50});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        t.setKeepTogether(true);

        PdfPCell left;
        if (unsigned || isPreview(stamp)) {
            left = new PdfPCell(new Phrase("Le code de vérification et son QR code sont attribués à la validation du "
                    + "procès-verbal.", SMALL_ITALIC_GREY));
            left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        } else {
            left = new PdfPCell(VerificationBlock.table(writer, stamp.code(), stamp.url(), 68, new float[]{22, 78},
                    LABEL));
        }
        left.setBorder(Rectangle.BOX);
        left.setBorderColor(LIGHT_GREY);
        left.setPadding(8);
        t.addCell(left);
        t.addCell(authorityCell(authority));
        document.add(t);
    }

    private static PdfPCell authorityCell(SigningAuthority authority) {
        Paragraph sign = new Paragraph(13, "", VALUE);
        sign.setAlignment(Element.ALIGN_CENTER);
        sign.add(new Chunk("Validation du procès-verbal", LABEL));
        sign.add(Chunk.NEWLINE);
        sign.add(new Chunk(authority.title(), SMALL_ITALIC));
        sign.add(Chunk.NEWLINE);
        sign.add(Chunk.NEWLINE);
        sign.add(new Chunk(authority.name(), VALUE_BOLD));
        PdfPCell right = new PdfPCell();
        right.addElement(sign);
        right.setBorder(Rectangle.NO_BORDER);
        right.setPaddingLeft(30);
        right.setPaddingRight(30);
        return right;
    }

    static String dateTime(Instant at) {
        if (at == null) {
            return "—";
        }
        return longDate(LocalDate.ofInstant(at, PARIS)) + " à " + TIME.format(at.atZone(PARIS));
    }

    static String orDash(String s) {
        return fr.titrepro.document.pdf.OfficialStyle.orDash(s);
    }

    static Paragraph section(String s) {
        return heading(s, SECTION, 10, 4);
    }
}
