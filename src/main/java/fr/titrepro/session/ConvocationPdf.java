package fr.titrepro.session;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.SessionType;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** The convocations of a session as PDF (OpenPDF): one per candidate, one per juror. */
public final class ConvocationPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy",
            java.util.Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final Color BLUE = new Color(0, 0, 145);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, BLUE);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, BLUE);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);

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
            PdfPTable table = table(new float[]{3, 2, 5, 1}, "Jour", "Horaire", "Épreuve", "CCP");
            for (TimetablePlanner.Slot slot : slots) {
                cells(table, DAY.format(slot.day()), TIME.format(slot.start()) + " – " + TIME.format(slot.end()),
                        slot.label() + " (" + slot.minutes() + " min)" + (slot.outsideSession()
                                ? " – hors des jours de la session, le centre vous précisera l'horaire" : ""),
                        slot.ccpNumber() == null ? "" : String.valueOf(slot.ccpNumber()));
            }
            doc.add(table);
            doc.add(new Paragraph("Présentez-vous 15 minutes avant le début de votre première épreuve.", TEXT));

            heading(doc, "Aménagements");
            if (!c.hasAccommodations()) {
                doc.add(new Paragraph("Aucun aménagement d'épreuve n'est prévu.", TEXT));
            } else {
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

    private interface Body {
        void write(Document doc) throws Exception;
    }

    private static byte[] render(String title, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("titrepro");
            doc.open();
            body.write(doc);
        } catch (Exception e) {
            throw new IllegalStateException("Convocation PDF impossible à produire", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void header(Document doc, String title) {
        doc.add(new Paragraph("Ministère chargé de l'emploi – Titre professionnel", SMALL));
        Paragraph p = new Paragraph(title, TITLE);
        p.setSpacingAfter(12);
        doc.add(p);
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static void sessionFacts(Document doc, ExamSession s) {
        heading(doc, "La session");
        PdfPTable facts = new PdfPTable(new float[]{2, 5});
        facts.setWidthPercentage(100);
        fact(facts, "Titre", s.titleVersion.name + " (" + s.titleVersion.acronym + ", " + s.titleVersion.code
                + ", version " + s.titleVersion.version + ")");
        fact(facts, "Session", s.type.label() + (s.type == SessionType.CCP ? " – CCP " + s.ccpNumbers.stream()
                .sorted().map(String::valueOf).collect(Collectors.joining(", ")) : "")
                + (s.type == SessionType.CCS ? " – " + s.ccsCode : "") + " (n° " + s.id + ")");
        fact(facts, "Dates", s.period());
        fact(facts, "Lieu", s.siteLabel);
        fact(facts, "Centre organisateur", s.centre.name);
        fact(facts, "Responsable de session", s.managerName + (s.managerEmail == null ? "" : " – " + s.managerEmail));
        doc.add(facts);
    }

    private static void footer(Document doc, ExamSession s) {
        Paragraph p = new Paragraph("Règlement général des sessions d'examen : arrêté du 21 juillet 2016. "
                + "Contact : " + s.managerName + (s.managerEmail == null ? "" : " (" + s.managerEmail + ")") + ".", SMALL);
        p.setSpacingBefore(16);
        p.setAlignment(Element.ALIGN_LEFT);
        doc.add(p);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setBackgroundColor(new Color(227, 227, 253));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String v : values) {
            PdfPCell cell = new PdfPCell(new Phrase(v, TEXT));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, BOLD));
        l.setPadding(4);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value, TEXT));
        v.setPadding(4);
        table.addCell(v);
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
