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
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static fr.titrepro.document.OfficialStyle.BLUE;
import static fr.titrepro.document.OfficialStyle.GREY;
import static fr.titrepro.document.OfficialStyle.LIGHT_GREY;
import static fr.titrepro.document.OfficialStyle.PALE_BLUE;
import static fr.titrepro.document.OfficialStyle.RED;
import static fr.titrepro.document.OfficialStyle.SANS;
import static fr.titrepro.document.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.OfficialStyle.SANS_ITALIC;
import static fr.titrepro.document.OfficialStyle.font;
import static fr.titrepro.document.OfficialStyle.text;
import static fr.titrepro.shared.text.FrenchDates.longDate;
import static fr.titrepro.shared.text.FrenchDates.shortDate;

/**
 * The procès-verbal de session: A4 landscape; the session (title and version, centre, site, dates), the jury, one
 * line per candidate with the CCP decisions, the entretien final, the outcome, the jury's overrides with their reason
 * and the fraud reports, the counts per outcome, the incidents, the rectifications after appeals, the jurors'
 * electronic signatures and the validation by the competent authority with the verification code. Without any
 * signature it is the draft shown to the jury before signing, marked « Projet – non signé » on every page. Pure:
 * data in, PDF out.
 */
public final class PvPdf {

    /** The code of the preview stamp: no verification code exists before the PV is validated and issued. */
    public static final String PREVIEW_CODE = "PROJET";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float MARGIN = 40;

    private static final Font LABEL = font(SANS, 8, GREY);
    private static final Font VALUE = font(SANS, 9.5f);
    private static final Font VALUE_BOLD = font(SANS_BOLD, 9.5f);
    private static final Font OUTCOME = font(SANS_BOLD, 8.5f);
    private static final Font SMALL = font(SANS, 8.5f);
    private static final Font SMALL_BOLD = font(SANS_BOLD, 8.5f);
    private static final Font SMALL_GREY = font(SANS, 7.5f, GREY);
    private static final Font FRAUD = font(SANS_BOLD, 8.5f, RED);
    private static final Font ABSENT = FRAUD;
    private static final Font SECTION = font(SANS_BOLD, 11, BLUE);
    private static final Font NOTE = font(SANS_ITALIC, 7.5f, GREY);

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
        ByteArrayOutputStream out = new ByteArrayOutputStream(32_000);
        Document document = new Document(PAGE, MARGIN, MARGIN, 100, 52);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        writer.setPageEvent(new Frame(d, stamp));
        document.addTitle(documentTitle(d) + " – " + d.title().name() + " – " + d.centreName());
        document.addAuthor(CertifiedTitle.MINISTRY);
        document.addSubject(documentTitle(d) + (isPreview(stamp) ? " – projet" : " – code de vérification "
                + stamp.code()));
        document.addCreator("titrepro");
        document.open();
        try {
            heading(document, d);
            session(document, d);
            jury(document, d);
            candidates(document, d);
            emargements(document, d);
            incidents(document, d);
            rectifications(document, d);
            signatures(document, d);
            validation(document, writer, authority, stamp, unsigned(d));
        } catch (DocumentException e) {
            throw new IllegalStateException("Mise en page du procès-verbal impossible", e);
        }
        document.close();
        return out.toByteArray();
    }

    private static boolean unsigned(PvData d) {
        return d.signatures().isEmpty();
    }

    private static boolean isPreview(VerificationStamp stamp) {
        return PREVIEW_CODE.equals(stamp.code());
    }

    private static void heading(Document document, PvData d) throws DocumentException {
        Paragraph title = new Paragraph("PROCÈS-VERBAL DE SESSION", font(SANS_BOLD, 18, BLUE));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph sub = new Paragraph(15, "Titre professionnel « " + d.title().name() + " »", font(SANS, 11.5f));
        sub.setAlignment(Element.ALIGN_CENTER);
        document.add(sub);
        if (d.pvVersion() > 1) {
            Paragraph r = new Paragraph(14, "Rectificatif n° " + (d.pvVersion() - 1) + " – version " + d.pvVersion()
                    + " du procès-verbal, établie après recours ; elle remplace la version précédente",
                    font(SANS_BOLD, 9.5f, RED));
            r.setAlignment(Element.ALIGN_CENTER);
            document.add(r);
        }
        if (unsigned(d)) {
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
            document.add(banner);
        }
    }

    private static void session(Document document, PvData d) throws DocumentException {
        document.add(section("Session"));
        CertifiedTitle title = d.title();
        PdfPTable t = new PdfPTable(new float[]{14, 36, 14, 36});
        t.setWidthPercentage(100);
        fact(t, "Titre professionnel", title.name() + " (" + title.acronym() + ")", true, 1);
        fact(t, "Code et version", title.code() + " – version " + title.version(), true, 1);
        fact(t, "Niveau", title.levelLine(), false, 3);
        fact(t, "Nature de la session", d.sessionKind(), false, 1);
        fact(t, "Dates", dates(d.startDate(), d.endDate()), false, 1);
        if (d.ccs() != null) {
            fact(t, "CCS évalué", d.ccs(), false, 3);
        }
        String ccps = assessedCcps(d);
        if (!ccps.isEmpty()) {
            fact(t, "CCP évalués", ccps, false, 3);
        }
        fact(t, "Centre agréé", d.centreName(), true, 1);
        fact(t, "SIRET", d.centreSiret(), false, 1);
        fact(t, "Site", d.site(), false, 3);
        fact(t, "Date du procès-verbal", d.pvDate() == null || unsigned(d) ? "non signé" : longDate(d.pvDate()),
                false, 1);
        fact(t, "Candidats", d.candidates().size() + " inscrit" + (d.candidates().size() > 1 ? "s" : ""), false, 1);
        document.add(t);
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

    private static void jury(Document document, PvData d) throws DocumentException {
        document.add(section("Jury"));
        PdfPTable t = table(new float[]{30, 35, 35}, "Membre du jury", "Profession", "Employeur");
        boolean odd = false;
        for (PvData.JurorLine j : d.jury()) {
            Color bg = odd ? PALE_BLUE : Color.WHITE;
            odd = !odd;
            t.addCell(cell(new Phrase(j.name(), SMALL_BOLD), bg));
            t.addCell(cell(new Phrase(orDash(j.profession()), SMALL), bg));
            t.addCell(cell(new Phrase(orDash(j.employer()), SMALL), bg));
        }
        document.add(t);
    }

    private static void candidates(Document document, PvData d) throws DocumentException {
        document.add(section("Résultats des candidats"));
        PdfPTable t = table(new float[]{9, 16, 8, 8, 19, 9, 31}, "Référence", "Candidat", "Né(e) le", "Présence",
                "Décisions du jury par CCP", "Entretien final", "Résultat et observations");
        boolean odd = false;
        for (PvData.CandidateLine c : d.candidates()) {
            Color bg = odd ? PALE_BLUE : Color.WHITE;
            odd = !odd;
            t.addCell(cell(new Phrase(orDash(c.reference()), SMALL), bg));
            t.addCell(cell(new Phrase(c.name(), SMALL_BOLD), bg));
            t.addCell(cell(new Phrase(shortDate(c.birthDate()), SMALL), bg));
            t.addCell(cell(new Phrase(orDash(c.attendance()), SMALL), bg));
            Phrase ccps = new Phrase(c.ccps().isEmpty() ? "—" : "", SMALL);
            for (int i = 0; i < c.ccps().size(); i++) {
                PvData.CcpLine ccp = c.ccps().get(i);
                if (i > 0) {
                    ccps.add(Chunk.NEWLINE);
                }
                ccps.add(new Chunk("CCP " + ccp.number() + " : " + ccp.decision(), SMALL));
            }
            t.addCell(cell(ccps, bg));
            t.addCell(cell(new Phrase(orDash(c.finalInterview()), SMALL), bg));
            t.addCell(cell(result(c), bg));
        }
        document.add(t);
        document.add(summary(d));
    }

    private static Phrase result(PvData.CandidateLine c) {
        Phrase p = new Phrase(c.outcome(), OUTCOME);
        if (c.computedOutcome() != null) {
            p.add(Chunk.NEWLINE);
            p.add(new Chunk("Décision du jury : " + c.outcome() + " (résultat calculé : " + c.computedOutcome()
                    + ") – motif : " + orDash(c.overrideReason()), SMALL));
        }
        if (c.fraudReport() != null && !c.fraudReport().isBlank()) {
            p.add(Chunk.NEWLINE);
            p.add(new Chunk("Fraude : ", FRAUD));
            p.add(new Chunk(c.fraudReport(), SMALL));
        }
        for (String note : c.notes()) {
            p.add(Chunk.NEWLINE);
            p.add(new Chunk(note, NOTE));
        }
        return p;
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

    /** The émargement ticked on the tablet (issue 18); nothing when the session kept it on paper only. */
    private static void emargements(Document document, PvData d) throws DocumentException {
        if (d.emargements().isEmpty()) {
            return;
        }
        document.add(section("Émargement"));
        PdfPTable t = table(new float[]{22, 34, 14, 10, 20}, "Candidat", "Épreuve", "Jour", "Présence",
                "Émargé par, le");
        boolean odd = false;
        for (PvData.Emargement e : d.emargements()) {
            Color bg = odd ? PALE_BLUE : Color.WHITE;
            odd = !odd;
            t.addCell(cell(new Phrase(e.candidateName(), SMALL_BOLD), bg));
            t.addCell(cell(new Phrase(e.epreuve(), SMALL), bg));
            t.addCell(cell(new Phrase(shortDate(e.day()), SMALL), bg));
            t.addCell(cell(new Phrase(e.presence(), "Absent".equals(e.presence()) ? ABSENT : SMALL_BOLD), bg));
            t.addCell(cell(new Phrase(orDash(e.recordedBy()) + ", " + dateTime(e.recordedAt()), SMALL), bg));
        }
        document.add(t);
    }

    private static void incidents(Document document, PvData d) throws DocumentException {
        document.add(section("Incidents et fraudes"));
        List<PvData.CandidateLine> frauds = d.candidates().stream()
                .filter(c -> c.fraudReport() != null && !c.fraudReport().isBlank()).toList();
        if (d.incidents().isEmpty() && frauds.isEmpty()) {
            document.add(new Paragraph(13, "Aucun incident consigné.", VALUE));
            return;
        }
        if (!d.incidents().isEmpty()) {
            PdfPTable t = table(new float[]{15, 15, 18, 52}, "Date et heure", "Signalé par", "Concerne",
                    "Description");
            boolean odd = false;
            for (PvData.Incident i : d.incidents()) {
                Color bg = odd ? PALE_BLUE : Color.WHITE;
                odd = !odd;
                t.addCell(cell(new Phrase(dateTime(i.reportedAt()), SMALL), bg));
                t.addCell(cell(new Phrase(orDash(i.reportedBy()), SMALL), bg));
                t.addCell(cell(new Phrase(i.candidateName() == null ? "Session" : i.candidateName(),
                        i.candidateName() == null ? SMALL : SMALL_BOLD), bg));
                t.addCell(cell(new Phrase(i.description(), SMALL), bg));
            }
            document.add(t);
        }
        for (PvData.CandidateLine c : frauds) {
            Paragraph p = new Paragraph(12, "", SMALL);
            p.setSpacingBefore(4);
            p.add(new Chunk("Fraude consignée – " + c.name() + " : ", FRAUD));
            p.add(new Chunk(c.fraudReport(), SMALL));
            document.add(p);
        }
    }

    private static void rectifications(Document document, PvData d) throws DocumentException {
        if (d.rectifications().isEmpty()) {
            return;
        }
        document.add(section("Rectifications après recours"));
        PdfPTable t = table(new float[]{14, 9, 21, 17, 23, 16}, "Candidat", "Recours reçu le", "Motif du recours",
                "Résultat", "Motif de la décision du jury", "Décidé le, par");
        boolean odd = false;
        for (PvData.Rectification r : d.rectifications()) {
            Color bg = odd ? PALE_BLUE : Color.WHITE;
            odd = !odd;
            t.addCell(cell(new Phrase(r.candidateName(), SMALL_BOLD), bg));
            t.addCell(cell(new Phrase(shortDate(r.receivedOn()), SMALL), bg));
            t.addCell(cell(new Phrase(orDash(r.motive()), SMALL), bg));
            // no arrow: the standard fonts' WinAnsi encoding has none
            Phrase change = new Phrase("avant : " + orDash(r.previousOutcome()), SMALL);
            change.add(Chunk.NEWLINE);
            change.add(new Chunk("après : ", SMALL));
            change.add(new Chunk(orDash(r.newOutcome()), SMALL_BOLD));
            t.addCell(cell(change, bg));
            t.addCell(cell(new Phrase(orDash(r.reason()), SMALL), bg));
            t.addCell(cell(new Phrase(dateTime(r.decidedAt()) + (r.decidedBy() == null ? "" : ", " + r.decidedBy()),
                    SMALL), bg));
        }
        document.add(t);
    }

    private static void signatures(Document document, PvData d) throws DocumentException {
        document.add(section("Signatures du jury"));
        PdfPTable t = table(new float[]{30, 70}, "Membre du jury", "Signature électronique");
        t.setKeepTogether(d.jury().size() + d.signatures().size() < 12);
        List<String> signed = new ArrayList<>();
        boolean odd = false;
        for (PvData.Signature s : d.signatures()) {
            Color bg = odd ? PALE_BLUE : Color.WHITE;
            odd = !odd;
            signed.add(s.jurorName());
            Phrase who = new Phrase(s.jurorName(), SMALL_BOLD);
            if (s.username() != null) {
                who.add(new Chunk("  (identifiant " + s.username() + ")", SMALL_GREY));
            }
            t.addCell(cell(who, bg));
            t.addCell(cell(new Phrase("signé dans titrepro le " + dateTime(s.signedAt()), SMALL), bg));
        }
        for (PvData.JurorLine j : d.jury()) {
            if (!signed.contains(j.name())) {
                Color bg = odd ? PALE_BLUE : Color.WHITE;
                odd = !odd;
                t.addCell(cell(new Phrase(j.name(), SMALL_BOLD), bg));
                t.addCell(cell(new Phrase("en attente de signature", font(SANS_ITALIC, 8.5f, GREY)), bg));
            }
        }
        document.add(t);
        Paragraph p = new Paragraph(12, unsigned(d)
                ? "Projet soumis à la relecture du jury : une fois relu, ce procès-verbal est signé électroniquement "
                + "par les membres du jury dans titrepro, puis validé par l'autorité compétente désignée ci-dessous."
                : "Ce procès-verbal est signé électroniquement par les membres du jury dans titrepro (identité et "
                + "horodatage ci-dessus), puis validé par l'autorité compétente désignée ci-dessous, dont la "
                + "signature électronique (PAdES) scelle le document : toute modification ultérieure le rend invalide.",
                font(SANS_ITALIC, 8.5f));
        p.setSpacingBefore(6);
        document.add(p);
        if (d.deliberationHead() != null) {
            // the head of the deliberation chain this PV was built from: a later rewrite of the decisions no longer
            // ends at this hash (docs/security.md)
            Paragraph head = new Paragraph(10, "Empreinte de la délibération : " + d.deliberationHead(),
                    SMALL_GREY);
            head.setSpacingBefore(4);
            document.add(head);
        }
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
                    + "procès-verbal.", font(SANS_ITALIC, 8.5f, GREY)));
            left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        } else {
            left = new PdfPCell(OfficialStyle.verificationBlock(writer, stamp, 68, new float[]{22, 78}, LABEL));
        }
        left.setBorder(Rectangle.BOX);
        left.setBorderColor(LIGHT_GREY);
        left.setPadding(8);
        t.addCell(left);

        Paragraph sign = new Paragraph(13, "", VALUE);
        sign.setAlignment(Element.ALIGN_CENTER);
        sign.add(new Chunk("Validation du procès-verbal", LABEL));
        sign.add(Chunk.NEWLINE);
        sign.add(new Chunk(authority.title(), font(SANS_ITALIC, 8.5f)));
        sign.add(Chunk.NEWLINE);
        sign.add(Chunk.NEWLINE);
        sign.add(new Chunk(authority.name(), VALUE_BOLD));
        PdfPCell right = new PdfPCell();
        right.addElement(sign);
        right.setBorder(Rectangle.NO_BORDER);
        right.setPaddingLeft(30);
        right.setPaddingRight(30);
        t.addCell(right);
        document.add(t);
    }

    private static String dateTime(Instant at) {
        if (at == null) {
            return "—";
        }
        return longDate(LocalDate.ofInstant(at, PARIS)) + " à " + TIME.format(at.atZone(PARIS));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static Paragraph section(String s) {
        Paragraph p = new Paragraph(s, SECTION);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    /** A table with a blue header row, repeated on each page it flows onto. */
    private static PdfPTable table(float[] widths, String... heads) {
        return OfficialStyle.headedTable(widths, heads);
    }

    private static void fact(PdfPTable t, String label, String value, boolean bold, int valueSpan) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        l.setBorder(Rectangle.BOTTOM);
        l.setBorderColor(LIGHT_GREY);
        l.setPadding(3.5f);
        t.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(orDash(value), bold ? VALUE_BOLD : VALUE));
        v.setColspan(valueSpan);
        v.setBorder(Rectangle.BOTTOM);
        v.setBorderColor(LIGHT_GREY);
        v.setPadding(3.5f);
        t.addCell(v);
    }

    private static PdfPCell cell(Phrase p, Color background) {
        return OfficialStyle.bodyCell(p, background);
    }

    /**
     * Every page: the State's block and the ministry at the top; the session, the code and « page x / y » at the
     * bottom; « Projet – non signé » across the page of a draft.
     */
    private static final class Frame extends PdfPageEventHelper {
        private final PvData d;
        private final VerificationStamp stamp;
        private PdfTemplate total;

        Frame(PvData d, VerificationStamp stamp) {
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
            OfficialStyle.stateBlock(cb, MARGIN, h - 26, 0.85f);
            text(cb, CertifiedTitle.MINISTRY.toUpperCase(), SANS_BOLD, 9, BLUE, w - MARGIN, h - 36,
                    Element.ALIGN_RIGHT);
            text(cb, "Titre professionnel du ministère chargé de l'emploi", SANS, 7.5f, GREY, w - MARGIN, h - 47,
                    Element.ALIGN_RIGHT);
            cb.saveState();
            cb.setColorStroke(LIGHT_GREY);
            cb.setLineWidth(0.5f);
            cb.moveTo(MARGIN, 38);
            cb.lineTo(w - MARGIN, 38);
            cb.stroke();
            cb.restoreState();
            text(cb, documentTitle(d) + " – " + d.title().code() + " " + d.title().acronym() + " – "
                    + d.centreName() + " – " + dates(d.startDate(), d.endDate()), SANS, 7.5f, GREY, MARGIN, 27,
                    Element.ALIGN_LEFT);
            String state = unsigned(d) ? "Projet – non signé" : isPreview(stamp) ? "Projet – non validé"
                    : "Code " + stamp.code();
            String page = state
                    + "  ·  page " + writer.getPageNumber() + " / ";
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
}
