package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.HeldCcp;
import fr.titrepro.deliberation.DeliberationCase.PriorCcp;
import fr.titrepro.deliberation.DeliberationCase.TitleRules;
import fr.titrepro.document.CertifiedTitle;
import fr.titrepro.document.HolderIdentity;
import fr.titrepro.document.LivretData;
import fr.titrepro.document.ParcheminData;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Ccs;
import fr.titrepro.referential.TitleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The data of a candidate's livret and parchemin, read from the candidate's CCPs and the référentiel: each CCP of
 * the title held directly or through the correspondence table of a revision, with the date and place of the session
 * that granted it; the CCPs missing; the rule for completing the title.
 */
@ApplicationScoped
public class CertificationRecords {

    @Inject
    TitleRulesSource rules;

    /**
     * @param issuedOn date of the PV that triggers the issue
     * @param issuedAt place of that session
     */
    public LivretData livret(Candidate candidate, TitleVersion title, LocalDate issuedOn, String issuedAt) {
        // the revision tables are read only for a candidate holding CCPs of another version (rare)
        boolean olderCcps = candidate.heldCcps.stream().anyMatch(h -> !h.ccp.titleVersion.id.equals(title.id));
        TitleRules titleRules = olderCcps ? rules.rulesOf(title) : null;
        List<LivretData.CcpLine> held = new ArrayList<>();
        List<LivretData.MissingCcp> missing = new ArrayList<>();
        for (Ccp ccp : title.ccps) {
            Optional<LivretData.CcpLine> line = direct(candidate, ccp)
                    .or(() -> titleRules == null ? Optional.empty()
                            : throughCorrespondence(candidate, titleRules, ccp));
            line.ifPresentOrElse(held::add, () -> missing.add(new LivretData.MissingCcp(ccp.number, ccp.name)));
        }
        CompletionPeriodPolicy.CompletionPeriod period = CompletionPeriodPolicy.of(title.status, title.validUntil,
                title.closedOn, issuedOn);
        return new LivretData(candidate.id, HolderIdentity.of(candidate), CertifiedTitle.of(title), held, missing,
                period.rule(), period.lastDay(), issuedOn, issuedAt);
    }

    /**
     * @param ccs the CCS obtained, or null for the title
     */
    public ParcheminData parchemin(Candidate candidate, TitleVersion title, Ccs ccs, LocalDate juryDate,
                                   String juryPlace) {
        return new ParcheminData(candidate.id, HolderIdentity.of(candidate), CertifiedTitle.of(title),
                ccs == null ? null : new ParcheminData.Specialisation(ccs.code, ccs.name), juryDate, juryPlace);
    }

    private static Optional<LivretData.CcpLine> direct(Candidate candidate, Ccp ccp) {
        return candidate.heldCcps.stream().filter(h -> h.ccp.id.equals(ccp.id)).findFirst()
                .map(h -> new LivretData.CcpLine(ccp.number, ccp.name, h.obtainedOn, h.place, null));
    }

    /** The earliest CCP of an older version that counts for {@code ccp}, stated as such. */
    private static Optional<LivretData.CcpLine> throughCorrespondence(Candidate candidate, TitleRules titleRules,
                                                                     Ccp ccp) {
        return candidate.heldCcps.stream()
                .filter(h -> !h.ccp.titleVersion.id.equals(ccp.titleVersion.id))
                .filter(h -> DeliberationPolicy.correspondingCcps(titleRules, prior(h)).contains(ccp.number))
                .min(Comparator.comparing((HeldCcp h) -> h.obtainedOn))
                .map(h -> new LivretData.CcpLine(ccp.number, ccp.name, h.obtainedOn, h.place,
                        "au titre du CCP " + h.ccp.number + " « " + h.ccp.name + " » du titre "
                                + h.ccp.titleVersion.acronym + " (version " + h.ccp.titleVersion.version
                                + "), par correspondance"));
    }

    private static PriorCcp prior(HeldCcp h) {
        return TitleRulesSource.prior(h);
    }
}
