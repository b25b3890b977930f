package fr.titrepro.session.paperwork;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.document.pdf.Facts;
import fr.titrepro.document.pdf.PdfFile;
import fr.titrepro.document.pdf.PdfTables.HeadStyle;
import fr.titrepro.document.pdf.PdfTables;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.TimetablePlanner;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.LAVENDER;
import static fr.titrepro.document.pdf.OfficialStyle.SANS;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_ITALIC;
import static fr.titrepro.document.pdf.OfficialStyle.font;

/**
 * The convocations of a session as PDF (OpenPDF, with the document toolkit {@code document.pdf}): one per candidate,
 * one per juror.
 */
public final class ConvocationPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy",
            java.util.Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final Font TITLE = font(SANS_BOLD, 18, BLUE);
    private static final Font HEADING = font(SANS_BOLD, 12, BLUE);
    private static final Font TEXT = font(SANS, 10);
    private static final Font BOLD = font(SANS_BOLD, 10);
    private static final Font SMALL = font(SANS_ITALIC, 8, Color.DARK_GRAY);
    private static final HeadStyle HEAD = new HeadStyle(BOLD, LAVENDER, null, 4);
    private static final Facts.Style FACTS = new Facts.Style(BOLD, TEXT, TEXT, 4, Rectangle.BOX, null);

    private ConvocationPdf() {
    }

    public static byte[] candidate(Enrolment e, java.util.List<TimetablePlanner.Slot> slots) {
        ExamSession s = e.session;
        Candidate c = e.candidate;
        return render("Convocation – " + c.fullName(), doc -> {
            header(doc, "Convocation à une session d'examen");
            doc.add(new Paragraph((c.identity.sex == null ? "" : c.identity.sex.civility() + " ") + c.fullName(),
                    BOLD));
            doc.add(new Paragraph("Né(e) le " + c.identity.birthDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + (c.birthPlace() == null ? "" : " à " + c.birthPlace()) + " – référence " + c.reference, TEXT));
            doc.add(new Paragraph("Vous êtes convoqué(e) à la session d'examen décrite ci-dessous, pour le titre "
                    + "professionnel « " + s.titleVersion.name + " ».", TEXT));
            sessionFacts(doc, s);

            heading(doc, "Vos épreuves");
            doc.add(new Paragraph(epreuves(s, e), TEXT));
            doc.add(slots(slots));
            doc.add(new Paragraph("Présentez-vous 15 minutes avant le début de votre première épreuve.", TEXT));
            accommodations(doc, c);

            heading(doc, "À apporter");
            List bring = new List(List.UNORDERED);
            bring.add(item("une pièce d'identité en cours de validité (carte nationale d'identité, passeport ou "
                    + "titre de séjour)"));
            bring.add(item("la présente convocation"));
            bring.add(item("votre dossier professionnel (DP), complété et signé, avec ses annexes le cas échéant"));
            doc.add(bring);
            footer(doc, s);
        });
    }

    public static byte[] juror(ExamSession s, Juror juror, Map<Long, java.util.List<TimetablePlanner.Slot>> timetable) {
        return render("Convocation du jury – " + juror.fullName(), doc -> {
            header(doc, "Convocation du jury");
            doc.add(new Paragraph(juror.fullName() + " – " + juror.profession + ", " + juror.employer, BOLD));
            doc.add(new Paragraph("Vous êtes convoqué(e) en qualité de membre du jury de la session décrite "
                    + "ci-dessous, pour le titre professionnel « " + s.titleVersion.name + " ».", TEXT));
            sessionFacts(doc, s);

            heading(doc, "Composition du jury");
            List members = new List(List.UNORDERED);
            s.jury.forEach(m -> members.add(item(m.juror.fullName() + " – " + m.juror.profession)));
            doc.add(members);

            heading(doc, "Candidats et horaires");
            PdfPTable table = table(new float[]{4, 4, 5}, "Candidat", "Épreuves", "Votre participation");
            for (Enrolment e : s.activeEnrolments()) {
                java.util.List<TimetablePlanner.Slot> slots = timetable.getOrDefault(e.id, java.util.List.of());
                String when = slots.isEmpty() ? "" : DAY.format(slots.getFirst().day()) + " "
                        + TIME.format(slots.getFirst().start()) + " – " + DAY.format(slots.getLast().day()) + " "
                        + TIME.format(slots.getLast().end());
                String conflict = s.conflicts.stream()
                        .filter(k -> k.juror.id.equals(juror.id) && k.candidate.id.equals(e.candidate.id))
                        .map(k -> "Lien déclaré (" + k.kind.label() + ") : vous ne participez ni à son évaluation ni "
                                + "à sa délibération.")
                        .findFirst().orElse("Évaluation et délibération");
                cells(table, e.candidate.fullName(), when, conflict);
            }
            doc.add(table);
            doc.add(new Paragraph("Si vous connaissez un candidat (formation, emploi, famille…), déclarez-le avant "
                    + "la session : vous ne prendrez part ni à son évaluation ni à sa délibération.", TEXT));

            heading(doc, "À apporter");
            List bring = new List(List.UNORDERED);
            bring.add(item("une pièce d'identité en cours de validité"));
            bring.add(item("la présente convocation"));
            doc.add(bring);
            footer(doc, s);
        });
    }

    private static PdfPTable slots(java.util.List<TimetablePlanner.Slot> slots) {
        PdfPTable table = table(new float[]{3, 2, 5, 1}, "Jour", "Horaire", "Épreuve", "CCP");
        for (TimetablePlanner.Slot slot : slots) {
            cells(table, DAY.format(slot.day()), TIME.format(slot.start()) + " – " + TIME.format(slot.end()),
                    slot.label() + " (" + slot.minutes() + " min)" + (slot.outsideSession()
                            ? " – hors des jours de la session, le centre vous précisera l'horaire" : ""),
                    slot.ccpNumber() == null ? "" : String.valueOf(slot.ccpNumber()));
        }
        return table;
    }

    private static void accommodations(Document doc, Candidate c) {
        heading(doc, "Aménagements");
        if (!c.hasAccommodations()) {
            doc.add(new Paragraph("Aucun aménagement d'épreuve n'est prévu.", TEXT));
            return;
        }
        List list = new List(List.UNORDERED);
        if (c.extraTimePercent != null && c.extraTimePercent > 0) {
            list.add(item("Temps majoré de " + c.extraTimePercent + " % (déjà compté dans les horaires "
                    + "ci-dessus)"));
        }
        addIfPresent(list, "Assistance : ", c.assistance);
        addIfPresent(list, "Matériel adapté : ", c.adaptedEquipment);
        addIfPresent(list, "", c.accommodationNotes);
        doc.add(list);
    }

    private interface Body {
        void write(Document doc) throws DocumentException;
    }

    private static byte[] render(String title, Body body) {
        return PdfFile.a4(50, 50, 50, 50, 8_192).info(title, null, null)
                .write("Convocation PDF impossible à produire", (document, writer) -> body.write(document));
    }

    private static void header(Document doc, String title) {
        doc.add(new Paragraph("Ministère chargé de l'emploi – Titre professionnel", SMALL));
        Paragraph p = new Paragraph(title, TITLE);
        p.setSpacingAfter(12);
        doc.add(p);
    }

    private static void heading(Document doc, String text) {
        doc.add(fr.titrepro.document.pdf.OfficialStyle.heading(text, HEADING, 12, 4));
    }

    private static void sessionFacts(Document doc, ExamSession s) {
        heading(doc, "La session");
        Facts facts = Facts.of(new float[]{2, 5}, FACTS);
        facts.add("Titre", s.titleVersion.name + " (" + s.titleVersion.acronym + ", " + s.titleVersion.code
                + ", version " + s.titleVersion.version + ")");
        facts.add("Session", s.type.label() + (s.type == SessionType.CCP ? " – CCP " + s.ccpNumbers.stream()
                .sorted().map(String::valueOf).collect(Collectors.joining(", ")) : "")
                + (s.type == SessionType.CCS ? " – " + s.ccsCode : "") + " (n° " + s.id + ")");
        facts.add("Dates", s.period());
        facts.add("Lieu", s.siteLabel);
        facts.add("Centre organisateur", s.centre.name);
        facts.add("Responsable de session", s.managerName + (s.managerEmail == null ? "" : " – " + s.managerEmail));
        doc.add(facts.table());
    }

    private static void footer(Document doc, ExamSession s) {
        Paragraph p = new Paragraph("Règlement général des sessions d'examen : arrêté du 21 juillet 2016. "
                + "Contact : " + s.managerName + (s.managerEmail == null ? "" : " (" + s.managerEmail + ")") + ".", SMALL);
        p.setSpacingBefore(16);
        p.setAlignment(Element.ALIGN_LEFT);
        doc.add(p);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = PdfTables.headed(widths, HEAD, headers);
        table.setSpacingBefore(4);
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        PdfTables.plainCells(table, TEXT, 4, values);
    }

    private static ListItem item(String text) {
        return new ListItem(text, TEXT);
    }

    private static void addIfPresent(List list, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            list.add(item(prefix + value.strip()));
        }
    }

    /** What the candidate presents: CCPs, the CCS, or the entretien final alone (every CCP held, title not obtained). */
    static String epreuves(ExamSession s, Enrolment e) {
        String finalInterview = e.finalInterview ? " L'entretien final avec le jury est prévu." : "";
        if (e.isFinalInterviewOnly()) {
            return "Entretien final avec le jury, au vu de votre livret de certification : vous détenez déjà tous les "
                    + "CCP du titre, aucun CCP n'est à présenter.";
        }
        if (e.ccpNumbers.isEmpty()) {
            return "Certificat complémentaire de spécialisation " + s.ccsCode + "." + finalInterview;
        }
        return "CCP présentés : " + e.ccpNumbers.stream().sorted().map(n -> "CCP " + n + " – " + s.ccp(n).name)
                .collect(Collectors.joining(" ; ")) + "." + finalInterview;
    }
}
