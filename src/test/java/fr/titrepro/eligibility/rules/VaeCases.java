package fr.titrepro.eligibility.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small builders for the VAE rule tables: TRI (TP-00496) whole title, competencies 1-8. */
final class VaeCases {

    static final String TRI = "TP-00496";
    static final Set<Integer> TRI_COMPETENCIES = Set.of(1, 2, 3, 4, 5, 6, 7, 8);

    private VaeCases() {
    }

    static VaeCase.Experience job(String start, String end, Double hoursPerWeek, Double totalHours, Integer... competencies) {
        return experience(ExperienceKind.EMPLOYMENT, start, end, hoursPerWeek, totalHours, competencies);
    }

    static VaeCase.Experience experience(ExperienceKind kind, String start, String end, Double hoursPerWeek,
                                         Double totalHours, Integer... competencies) {
        return new VaeCase.Experience(0, "poste", kind, date(start), date(end), false, hoursPerWeek, totalHours,
                new LinkedHashSet<>(List.of(competencies)));
    }

    static VaeCase.Experience ongoing(String start, Double hoursPerWeek, Integer... competencies) {
        return new VaeCase.Experience(0, "poste en cours", ExperienceKind.EMPLOYMENT, date(start), null, true,
                hoursPerWeek, null, new LinkedHashSet<>(List.of(competencies)));
    }

    static VaeCase.PreviousApplication previous(String code, String date, boolean ccpOnly) {
        return new VaeCase.PreviousApplication(0, code, date(date), ccpOnly);
    }

    static VaeCase wholeTri(String applicationDate, List<VaeCase.Experience> experiences) {
        return wholeTri(applicationDate, experiences, List.of());
    }

    static VaeCase wholeTri(String applicationDate, List<VaeCase.Experience> experiences,
                            List<VaeCase.PreviousApplication> previous) {
        return new VaeCase(date(applicationDate), TRI, false, TRI_COMPETENCIES, numbered(experiences),
                numberedPrevious(previous));
    }

    static VaeCase ccpOnly(String applicationDate, Set<Integer> competencies, List<VaeCase.Experience> experiences,
                           List<VaeCase.PreviousApplication> previous) {
        return new VaeCase(date(applicationDate), TRI, true, competencies, numbered(experiences), numberedPrevious(previous));
    }

    static List<VaeCase.Experience> numbered(List<VaeCase.Experience> experiences) {
        List<VaeCase.Experience> out = new ArrayList<>();
        for (int i = 0; i < experiences.size(); i++) {
            VaeCase.Experience x = experiences.get(i);
            out.add(new VaeCase.Experience(i + 1, x.label(), x.kind(), x.start(), x.end(), x.ongoing(), x.hoursPerWeek(),
                    x.totalHours(), x.competencies()));
        }
        return out;
    }

    private static List<VaeCase.PreviousApplication> numberedPrevious(List<VaeCase.PreviousApplication> previous) {
        List<VaeCase.PreviousApplication> out = new ArrayList<>();
        for (int i = 0; i < previous.size(); i++) {
            VaeCase.PreviousApplication p = previous.get(i);
            out.add(new VaeCase.PreviousApplication(i + 1, p.certificationCode(), p.date(), p.ccpOnly()));
        }
        return out;
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
