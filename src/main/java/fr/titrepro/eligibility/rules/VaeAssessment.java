package fr.titrepro.eligibility.rules;

import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleVersion;

import java.util.List;

/** Eligibility and competency coverage of an application against the title version it targets. */
public record VaeAssessment(TitleVersion title, List<Ccp> targetCcps, boolean wholeTitle,
                            VaeEligibilityResult eligibility, CompetencyCoverage.Result coverage) {

    /** "Titre complet" or "CCP 1, CCP 2". */
    public String target() {
        return wholeTitle ? "Titre complet (" + targetCcps.size() + " CCP)"
                : String.join(", ", targetCcps.stream().map(c -> "CCP " + c.number + " – " + c.name).toList());
    }
}
