package fr.titrepro.eligibility;

import fr.titrepro.eligibility.rules.CompetencyCoverage;
import fr.titrepro.eligibility.rules.VaeAssessment;
import fr.titrepro.eligibility.rules.VaeCase;
import fr.titrepro.eligibility.rules.VaeEligibilityPolicy;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.TitleVersion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A VAE draft (recorded or not) assessed against its title version: the case read by {@link VaeEligibilityPolicy}
 * (target CCPs and competencies, experiences, earlier applications) and the coverage of the competencies. Pure.
 */
final class VaeDraftAssessment {

    private VaeDraftAssessment() {
    }

    static VaeAssessment assess(VaeEligibilityPolicy policy, TitleVersion title, VaeApplicationDraft d) {
        Set<Integer> chosen = new TreeSet<>(d.ccpNumbers());
        List<Ccp> target = chosen.isEmpty() ? title.ccps
                : title.ccps.stream().filter(c -> chosen.contains(c.number)).toList();
        boolean wholeTitle = target.size() == title.ccps.size();
        List<Competency> competencies = VaeApplicationValidator.competenciesOf(target);
        List<VaeCase.Experience> experiences = new ArrayList<>();
        for (int i = 0; i < d.experiences().size(); i++) {
            VaeApplicationDraft.Experience x = d.experiences().get(i);
            experiences.add(new VaeCase.Experience(i + 1, VaeExperience.label(x.organisation(), x.role()), x.kind(),
                    x.startDate(), x.endDate(), x.isOngoing(),
                    x.hoursPerWeek() == null ? null : x.hoursPerWeek().doubleValue(),
                    x.totalHours() == null ? null : x.totalHours().doubleValue(),
                    new LinkedHashSet<>(x.competencies())));
        }
        List<VaeCase.PreviousApplication> previous = new ArrayList<>();
        for (int i = 0; i < d.previousApplications().size(); i++) {
            VaeApplicationDraft.PreviousApplication p = d.previousApplications().get(i);
            previous.add(new VaeCase.PreviousApplication(i + 1, p.certificationCode(), p.date(),
                    Boolean.TRUE.equals(p.ccpOnly())));
        }
        VaeCase c = new VaeCase(d.applicationDate(), title.code, !wholeTitle,
                competencies.stream().map(k -> k.number).collect(Collectors.toSet()), experiences, previous);
        List<CompetencyCoverage.Target> targets = competencies.stream()
                .map(k -> new CompetencyCoverage.Target(k.ccp.number, k.ccp.name, k.number, k.name)).toList();
        return new VaeAssessment(title, target, wholeTitle, policy.evaluate(c), CompetencyCoverage.of(targets, experiences));
    }
}
