package fr.titrepro.eligibility.report;

import fr.titrepro.document.pdf.Facts;
import fr.titrepro.document.pdf.OfficialStyle;
import fr.titrepro.document.pdf.PdfFile;
import fr.titrepro.document.pdf.PdfTables.HeadStyle;
import fr.titrepro.document.pdf.PdfTables;
import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeExperience;
import fr.titrepro.eligibility.rules.CompetencyCoverage;
import fr.titrepro.eligibility.rules.HoursFormat;
import fr.titrepro.eligibility.rules.VaeAssessment;
import fr.titrepro.eligibility.rules.VaeEligibilityResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import static fr.titrepro.document.pdf.OfficialStyle.BLUE;
import static fr.titrepro.document.pdf.OfficialStyle.DIM;
import static fr.titrepro.document.pdf.OfficialStyle.MIST;
import static fr.titrepro.document.pdf.OfficialStyle.SANS;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_BOLD;
import static fr.titrepro.document.pdf.OfficialStyle.SANS_ITALIC;
import static fr.titrepro.document.pdf.OfficialStyle.font;

/**
 * The eligibility report the adviser hands to the person: identity, title and target, rule applied with its legal
 * texts, verdict and reasons, experiences retained, competency coverage, and the recevabilité when recorded. Written
 * with the document toolkit ({@code document.pdf}).
 */
@ApplicationScoped
public class VaeReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Font TITLE = font(SANS_BOLD, 16, BLUE);
    private static final Font HEADING = font(SANS_BOLD, 12, BLUE);
    private static final Font TEXT = font(SANS, 9.5f);
    private static final Font BOLD = font(SANS_BOLD, 9.5f);
    private static final Font SMALL = font(SANS_ITALIC, 8, DIM);
    private static final HeadStyle HEAD = new HeadStyle(BOLD, MIST, null, 4);
    private static final Facts.Style FACTS = new Facts.Style(BOLD, TEXT, TEXT, 4, Rectangle.NO_BORDER, null);
    private static final float[] FACT_WIDTHS = {28, 72};

    public byte[] render(VaeApplication app, VaeAssessment a) {
        return PdfFile.a4(42, 42, 42, 42, 8_192).info("Rapport d'éligibilité VAE", null, null)
                .write("Rapport d'éligibilité impossible à produire", (doc, writer) -> {
                    VaeEligibilityResult r = a.eligibility();
                    doc.add(new Paragraph("Rapport d'éligibilité à la VAE", TITLE));
                    doc.add(new Paragraph("Validation des acquis de l'expérience — titre professionnel du ministère "
                            + "chargé de l'emploi", SMALL));
                    person(doc, app);
                    target(doc, app, a);
                    rule(doc, r);
                    verdict(doc, r);
                    experiences(doc, app, r);
                    coverage(doc, a.coverage());
                    if (app.decided()) {
                        decision(doc, app);
                    }
                    Paragraph foot = new Paragraph("Rapport établi le " + DAY.format(LocalDate.now()) + " par "
                            + app.adviserUsername + ". Il indique l'éligibilité selon les règles en vigueur à la date "
                            + "de la demande ; la recevabilité est prononcée par le certificateur.", SMALL);
                    foot.setSpacingBefore(14);
                    doc.add(foot);
                });
    }

    private static void person(Document doc, VaeApplication app) {
        heading(doc, "Personne");
        Facts who = Facts.of(FACT_WIDTHS, FACTS);
        who.add("Nom et prénoms", app.fullName());
        who.add(app.identity.sex == fr.titrepro.candidate.Sex.F ? "Née le" : "Né le", app.identity.birthDate == null ? ""
                : DAY.format(app.identity.birthDate) + (app.birthPlace() == null ? "" : " à " + app.birthPlace()));
        if (app.email != null) {
            who.add("Courriel", app.email);
        }
        doc.add(who.table());
    }

    private static void target(Document doc, VaeApplication app, VaeAssessment a) {
        heading(doc, "Certification visée");
        Facts title = Facts.of(FACT_WIDTHS, FACTS);
        title.add("Titre", a.title().name + " (" + a.title().acronym + ")");
        title.add("Code et version", a.title().code + ", version " + a.title().version + ", niveau "
                + a.title().level);
        title.add("Visé", a.target());
        title.add("Date de la demande", DAY.format(app.applicationDate));
        doc.add(title.table());
    }

    private static void rule(Document doc, VaeEligibilityResult r) {
        heading(doc, "Règle appliquée");
        doc.add(new Paragraph(r.rule().id() + " — " + r.rule().label() + " (demandes " + r.rule().period() + ")",
                BOLD));
        for (String ref : r.rule().references()) {
            doc.add(new Paragraph("• " + ref, TEXT));
        }
    }

    private static void verdict(Document doc, VaeEligibilityResult r) {
        heading(doc, "Résultat : " + r.verdict().label());
        PdfPTable reasons = PdfTables.headed(new float[]{22, 14, 64}, HEAD, "Critère", "Appréciation",
                "Motif et texte de référence");
        for (VaeEligibilityResult.Reason reason : r.reasons()) {
            cells(reasons, reason.aspect().label(), reason.outcome().label());
            Phrase p = new Phrase(reason.message(), TEXT);
            if (!reason.references().isEmpty()) {
                p.add(new Chunk("\n" + reason.rule() + " : " + String.join(" ; ", reason.references()), SMALL));
            }
            reasons.addCell(PdfTables.plainCell(p, 4));
        }
        doc.add(reasons);
        if (!r.missing().isEmpty()) {
            doc.add(new Paragraph("Informations à fournir :", BOLD));
            for (VaeEligibilityResult.MissingItem m : r.missing()) {
                doc.add(new Paragraph("• " + m.message(), TEXT));
            }
        }
    }

    private static void experiences(Document doc, VaeApplication app, VaeEligibilityResult r) {
        heading(doc, "Expériences");
        PdfPTable xs = PdfTables.headed(new float[]{6, 34, 16, 12, 32}, HEAD, "N°", "Expérience", "Période",
                "Heures", "Prise en compte");
        for (VaeExperience e : app.experiences) {
            VaeEligibilityResult.ExperienceOutcome o = r.experiences().stream().filter(x -> x.number() == e.position)
                    .findFirst().orElse(null);
            cells(xs, String.valueOf(e.position), e.label() + (e.kind == null ? "" : "\n" + e.kind.label()),
                    (e.startDate == null ? "?" : DAY.format(e.startDate)) + " – "
                            + (e.ongoing ? "en cours" : e.endDate == null ? "?" : DAY.format(e.endDate)),
                    o == null || o.hours() == null ? "" : HoursFormat.of(o.hours()) + " h",
                    o == null ? "" : o.retained() ? "Retenue" + (o.note() == null ? "" : " (" + o.note() + ")")
                            : capitalise(o.note()));
        }
        doc.add(xs);
        doc.add(new Paragraph("Durée retenue, périodes simultanées comptées une fois : "
                + HoursFormat.of(r.countedDays()) + " jours"
                + (r.countedHours() > 0 ? ", " + HoursFormat.of(r.countedHours()) + " heures" : "") + ".", TEXT));
    }

    private static void coverage(Document doc, CompetencyCoverage.Result coverage) {
        heading(doc, "Couverture des compétences (" + coverage.covered() + " sur " + coverage.total() + ")");
        PdfPTable cov = PdfTables.headed(new float[]{46, 54}, HEAD, "Compétence", "Expériences qui en témoignent");
        for (CompetencyCoverage.CcpBlock block : coverage.ccps()) {
            PdfPCell ccp = PdfTables.plainCell(new Phrase("CCP " + block.number() + " – " + block.name(), BOLD), 4);
            ccp.setColspan(2);
            ccp.setBackgroundColor(MIST);
            cov.addCell(ccp);
            for (CompetencyCoverage.Row row : block.rows()) {
                cells(cov, row.number() + ". " + row.name(), row.covered()
                        ? row.experiences().stream().map(x -> "Expérience " + x.number()
                        + (x.label().isBlank() ? "" : " (" + x.label() + ")")).collect(Collectors.joining("\n"))
                        : "Aucune expérience : à documenter");
            }
        }
        doc.add(cov);
    }

    private static void decision(Document doc, VaeApplication app) {
        heading(doc, "Recevabilité");
        Facts dec = Facts.of(FACT_WIDTHS, FACTS);
        dec.add("Décision", app.decision.label());
        dec.add("Date", DAY.format(app.decisionDate));
        dec.add("Référence", app.decisionReference);
        if (app.recevableUntil() != null) {
            dec.add("Valable jusqu'au", DAY.format(app.recevableUntil()) + " (inscription à une session titre)");
        }
        if (app.candidate != null) {
            dec.add("Référence candidat", app.candidate.reference);
        }
        if (app.decisionReasons != null) {
            dec.add("Motifs", app.decisionReasons);
        }
        doc.add(dec.table());
    }

    private static void heading(Document doc, String text) {
        doc.add(OfficialStyle.heading(text, HEADING, 12, 4));
    }

    private static void cells(PdfPTable t, String... values) {
        PdfTables.plainCells(t, TEXT, 4, values);
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
