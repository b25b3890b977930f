package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.deliberation.DeliberationCase.TitleRules;
import fr.titrepro.document.CcpCredentialData;
import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.Region;
import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Ccs;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.regulation.Regulation;
import fr.titrepro.referential.regulation.RegulationBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The data of a candidate's livret and parchemin, read from the candidate's CCPs and the référentiel: each CCP of
 * the title held directly or through the <em>official</em> correspondence table of a revision, with the date and place
 * of the session that granted it; the CCPs missing; the rule for completing the title (fiche TP-00496, § 2).
 */
@ApplicationScoped
public class CertificationRecords {

    @Inject
    TitleRulesSource rules;

    /**
     * Where and when a validated PV issues documents.
     *
     * @param pvDate the date of the PV (date of issue)
     * @param place  the town of the session's site
     * @param region the region of that site, whose DREETS signs
     */
    public record Issue(LocalDate pvDate, String place, Region region) {
    }

    /**
     * @param finalInterview the entretien final of the decision that issues the livret (null when unknown): says why
     *                       a candidate holding every CCP was not given the title
     */
    public LivretData livret(Candidate candidate, TitleVersion title, FinalInterview finalInterview, Issue issue) {
        return livret(candidate, candidate.heldCcps, title, finalInterview, issue);
    }

    /**
     * @param heldCcps the CCPs the candidate holds, those a validation records with its other candidates included
     *                 (written together at its end)
     */
    public LivretData livret(Candidate candidate, List<HeldCcp> heldCcps, TitleVersion title,
                             FinalInterview finalInterview, Issue issue) {
        // the revision tables are read only for a candidate holding CCPs of another version (rare)
        boolean olderCcps = heldCcps.stream().anyMatch(h -> !h.ccp.titleVersion.id.equals(title.id));
        // rulesOf keeps official tables only: a livret never says « par correspondance » of an illustrative one
        TitleRules titleRules = olderCcps ? rules.rulesOf(title) : null;
        List<LivretData.CcpLine> held = new ArrayList<>();
        List<LivretData.MissingCcp> missing = new ArrayList<>();
        for (Ccp ccp : title.ccps) {
            Optional<LivretData.CcpLine> line = direct(heldCcps, ccp)
                    .or(() -> titleRules == null ? Optional.empty()
                            : throughCorrespondence(heldCcps, titleRules, ccp));
            line.ifPresentOrElse(held::add, () -> missing.add(new LivretData.MissingCcp(ccp.number, ccp.name)));
        }
        Regulation regulation = RegulationBook.on(issue.pvDate());
        CompletionPeriodPolicy.CompletionPeriod period = CompletionPeriodPolicy.of(title.status, title.validUntil,
                title.closedOn, issue.pvDate());
        return new LivretData(candidate.id, HolderIdentity.of(candidate), CertifiedTitle.of(title), held, missing,
                completionRule(regulation) + " " + period.rule(), period.lastDay(),
                missing.isEmpty() ? titleNotAwarded(finalInterview, regulation) : null, issue.pvDate(),
                issue.place(), issue.region());
    }

    /**
     * @param ccs           the CCS obtained, or null for the title
     * @param deliberatedOn the day the jury deliberated on the candidate (decision in force)
     */
    public ParcheminData parchemin(Candidate candidate, TitleVersion title, Ccs ccs, LocalDate deliberatedOn,
                                   Issue issue) {
        return new ParcheminData(candidate.id, HolderIdentity.of(candidate), CertifiedTitle.of(title),
                ccs == null ? null : new ParcheminData.Specialisation(ccs.code, ccs.name,
                        ccs.competencies.stream().map(CertifiedTitle.Skill::of).toList()), title.specialityDecree,
                deliberatedOn, issue.pvDate(), issue.place(), issue.region());
    }

    /** The data of the credential of a CCP the candidate holds (issue 16), as it was recorded. */
    public CcpCredentialData ccp(Candidate candidate, HeldCcp held, CertifiedTitle title, Region region) {
        return new CcpCredentialData(candidate.id, HolderIdentity.of(candidate), title, held.ccp.number,
                held.ccp.name, held.obtainedOn, held.place, region);
    }

    /**
     * Fiche TP-00496, § 2: « Le candidat peut se présenter aux CCP manquants dans la limite de la durée de validité du
     * titre » and « En cas de clôture du titre, le candidat … dispose d'un an à compter de la date de la fin de
     * validité du titre » (the grace period read from the regulation in force).
     */
    static String completionRule(Regulation regulation) {
        return "Le candidat peut se présenter aux CCP manquants dans la limite de la durée de validité du titre, et "
                + "jusqu'à " + duration(regulation.closedTitle().graceMonths()) + " après la fin de validité d'un "
                + "titre clos.";
    }

    /**
     * A candidate holding every CCP but not the title is told so truthfully, and how to obtain it (DOMAIN "Sessions and
     * evaluation": not a dead end; where the entretien final is retaken is read from the regulation).
     */
    static String titleNotAwarded(FinalInterview finalInterview, Regulation regulation) {
        String why = finalInterview == FinalInterview.NOT_HELD
                ? "Tous les CCP du titre sont détenus ; l'entretien final n'a pas eu lieu : le titre n'a pas été "
                + "attribué."
                : "Tous les CCP du titre sont détenus ; le titre n'a pas été attribué à l'issue de l'entretien final.";
        List<String> where = new ArrayList<>();
        if (regulation.finalInterview().retakeAtTitleSession()) {
            where.add("à une session du titre");
        }
        if (regulation.finalInterview().retakeAtCcpSession()) {
            where.add("à une session CCP du titre");
        }
        String how = where.isEmpty() ? "" : " (inscription " + String.join(" ou ", where) + ")";
        return why + " Le titre peut être obtenu lors d'un nouvel entretien final" + how + ", dans la limite de la "
                + "durée de validité du titre.";
    }

    private static String duration(int months) {
        if (months % 12 == 0) {
            return months == 12 ? "un an" : months / 12 + " ans";
        }
        return months + " mois";
    }

    private static Optional<LivretData.CcpLine> direct(List<HeldCcp> heldCcps, Ccp ccp) {
        return heldCcps.stream().filter(h -> h.ccp.id.equals(ccp.id)).findFirst()
                .map(h -> new LivretData.CcpLine(ccp.number, ccp.name, h.obtainedOn, h.place, null));
    }

    /** The earliest CCP of an older version that counts for {@code ccp}, stated as such. */
    private static Optional<LivretData.CcpLine> throughCorrespondence(List<HeldCcp> heldCcps, TitleRules titleRules,
                                                                     Ccp ccp) {
        return heldCcps.stream()
                .filter(h -> !h.ccp.titleVersion.id.equals(ccp.titleVersion.id))
                .filter(h -> DeliberationPolicy.correspondingCcps(titleRules, TitleRulesSource.prior(h))
                        .contains(ccp.number))
                .min(Comparator.comparing((HeldCcp h) -> h.obtainedOn))
                .map(h -> new LivretData.CcpLine(ccp.number, ccp.name, h.obtainedOn, h.place,
                        "au titre du CCP " + h.ccp.number + " « " + h.ccp.name + " » du titre "
                                + h.ccp.titleVersion.acronym + " (version " + h.ccp.titleVersion.version
                                + "), par correspondance"));
    }
}
