package fr.titrepro.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The eligibility report the adviser hands to the person: identity, title and target, rule applied with its legal
 * texts, verdict and reasons, experiences retained, competency coverage, and the recevabilité when recorded.
 */
@ApplicationScoped
public class VaeReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color BLUE = new Color(0, 0, 145);
    private static final Color GREY = new Color(238, 238, 238);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, BLUE);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, BLUE);
    private static final Font TEXT = new Font(Font.HELVETICA, 9.5f, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, new Color(90, 90, 90));

    public byte[] render(VaeApplication app, VaeAssessment a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Rapport d'éligibilité VAE");
        doc.addCreator("titrepro");
        doc.open();
        VaeEligibilityResult r = a.eligibility();

        doc.add(new Paragraph("Rapport d'éligibilité à la VAE", TITLE));
        doc.add(new Paragraph("Validation des acquis de l'expérience — titre professionnel du ministère chargé de l'emploi",
                SMALL));

        heading(doc, "Personne");
        PdfPTable who = facts();
        fact(who, "Nom et prénoms", app.fullName());
        fact(who, app.identity.sex == fr.titrepro.candidate.Sex.F ? "Née le" : "Né le",
                app.identity.birthDate == null ? "" : DAY.format(app.identity.birthDate)
                + (app.birthPlace() == null ? "" : " à " + app.birthPlace()));
        if (app.email != null) {
            fact(who, "Courriel", app.email);
        }
        doc.add(who);

        heading(doc, "Certification visée");
        PdfPTable title = facts();
        fact(title, "Titre", a.title().name + " (" + a.title().acronym + ")");
        fact(title, "Code et version", a.title().code + ", version " + a.title().version + ", niveau " + a.title().level);
        fact(title, "Visé", a.target());
        fact(title, "Date de la demande", DAY.format(app.applicationDate));
        doc.add(title);

        heading(doc, "Règle appliquée");
        doc.add(new Paragraph(r.rule().id() + " — " + r.rule().label() + " (demandes " + r.rule().period() + ")", BOLD));
        for (String ref : r.rule().references()) {
            doc.add(new Paragraph("• " + ref, TEXT));
        }

        heading(doc, "Résultat : " + r.verdict().label());
        PdfPTable reasons = new PdfPTable(new float[]{22, 14, 64});
        reasons.setWidthPercentage(100);
        reasons.setHeaderRows(1);
        header(reasons, "Critère", "Appréciation", "Motif et texte de référence");
        for (VaeEligibilityResult.Reason reason : r.reasons()) {
            cell(reasons, reason.aspect().label());
            cell(reasons, reason.outcome().label());
            Phrase p = new Phrase(reason.message(), TEXT);
            if (!reason.references().isEmpty()) {
                p.add(new Chunk("\n" + reason.rule() + " : " + String.join(" ; ", reason.references()), SMALL));
            }
            reasons.addCell(padded(new PdfPCell(p)));
        }
        doc.add(reasons);
        if (!r.missing().isEmpty()) {
            doc.add(new Paragraph("Informations à fournir :", BOLD));
            for (VaeEligibilityResult.MissingItem m : r.missing()) {
                doc.add(new Paragraph("• " + m.message(), TEXT));
            }
        }

        heading(doc, "Expériences");
        PdfPTable xs = new PdfPTable(new float[]{6, 34, 16, 12, 32});
        xs.setWidthPercentage(100);
        xs.setHeaderRows(1);
        header(xs, "N°", "Expérience", "Période", "Heures", "Prise en compte");
        for (int i = 0; i < app.experiences.size(); i++) {
            VaeExperience e = app.experiences.get(i);
            VaeEligibilityResult.ExperienceOutcome o = r.experiences().stream().filter(x -> x.number() == e.position)
                    .findFirst().orElse(null);
            cell(xs, String.valueOf(e.position));
            cell(xs, e.label() + (e.kind == null ? "" : "\n" + e.kind.label()));
            cell(xs, (e.startDate == null ? "?" : DAY.format(e.startDate)) + " – "
                    + (e.ongoing ? "en cours" : e.endDate == null ? "?" : DAY.format(e.endDate)));
            cell(xs, o == null || o.hours() == null ? "" : HoursFormat.of(o.hours()) + " h");
            cell(xs, o == null ? "" : o.retained() ? "Retenue" + (o.note() == null ? "" : " (" + o.note() + ")") : capitalise(o.note()));
        }
        doc.add(xs);
        doc.add(new Paragraph("Durée retenue, périodes simultanées comptées une fois : " + HoursFormat.of(r.countedDays())
                + " jours" + (r.countedHours() > 0 ? ", " + HoursFormat.of(r.countedHours()) + " heures" : "") + ".", TEXT));

        heading(doc, "Couverture des compétences (" + a.coverage().covered() + " sur " + a.coverage().total() + ")");
        PdfPTable cov = new PdfPTable(new float[]{46, 54});
        cov.setWidthPercentage(100);
        cov.setHeaderRows(1);
        header(cov, "Compétence", "Expériences qui en témoignent");
        for (CompetencyCoverage.CcpBlock block : a.coverage().ccps()) {
            PdfPCell ccp = padded(new PdfPCell(new Phrase("CCP " + block.number() + " – " + block.name(), BOLD)));
            ccp.setColspan(2);
            ccp.setBackgroundColor(GREY);
            cov.addCell(ccp);
            for (CompetencyCoverage.Row row : block.rows()) {
                cell(cov, row.number() + ". " + row.name());
                cell(cov, row.covered() ? row.experiences().stream().map(x -> "Expérience " + x.number()
                        + (x.label().isBlank() ? "" : " (" + x.label() + ")")).collect(Collectors.joining("\n"))
                        : "Aucune expérience : à documenter");
            }
        }
        doc.add(cov);

        if (app.decided()) {
            heading(doc, "Recevabilité");
            PdfPTable dec = facts();
            fact(dec, "Décision", app.decision.label());
            fact(dec, "Date", DAY.format(app.decisionDate));
            fact(dec, "Référence", app.decisionReference);
            if (app.recevableUntil() != null) {
                fact(dec, "Valable jusqu'au", DAY.format(app.recevableUntil()) + " (inscription à une session titre)");
            }
            if (app.candidate != null) {
                fact(dec, "Référence candidat", app.candidate.reference);
            }
            if (app.decisionReasons != null) {
                fact(dec, "Motifs", app.decisionReasons);
            }
            doc.add(dec);
        }

        Paragraph foot = new Paragraph("Rapport établi le " + DAY.format(LocalDate.now()) + " par "
                + app.adviserUsername + ". Il indique l'éligibilité selon les règles en vigueur à la date de la demande ; "
                + "la recevabilité est prononcée par le certificateur.", SMALL);
        foot.setSpacingBefore(14);
        doc.add(foot);
        doc.close();
        return out.toByteArray();
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPTable facts() {
        PdfPTable t = new PdfPTable(new float[]{28, 72});
        t.setWidthPercentage(100);
        return t;
    }

    private static void fact(PdfPTable t, String label, String value) {
        PdfPCell l = padded(new PdfPCell(new Phrase(label, BOLD)));
        l.setBorder(0);
        PdfPCell v = padded(new PdfPCell(new Phrase(value == null ? "" : value, TEXT)));
        v.setBorder(0);
        t.addCell(l);
        t.addCell(v);
    }

    private static void header(PdfPTable t, String... labels) {
        for (String label : List.of(labels)) {
            PdfPCell c = padded(new PdfPCell(new Phrase(label, BOLD)));
            c.setBackgroundColor(GREY);
            c.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.addCell(c);
        }
    }

    private static void cell(PdfPTable t, String text) {
        t.addCell(padded(new PdfPCell(new Phrase(text == null ? "" : text, TEXT))));
    }

    private static PdfPCell padded(PdfPCell c) {
        c.setPadding(4);
        return c;
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
