package fr.titrepro.eligibility.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What {@link VaeEligibilityPolicy} needs to decide: the application date (it chooses the rule set), the target
 * certification and its competencies, the experiences with the competencies their activities evidence, and the
 * applications already made in the calendar year.
 *
 * @param ccpOnly            the application targets some CCPs only, not the whole title
 * @param targetCompetencies REAC numbers of the competencies of the target CCPs
 */
public record VaeCase(LocalDate applicationDate, String certificationCode, boolean ccpOnly,
                      Set<Integer> targetCompetencies, List<Experience> experiences,
                      List<PreviousApplication> previousApplications) {

    /**
     * @param number       1-based position, as shown to the user ("Expérience 2")
     * @param ongoing      still going on: counted up to the application date, no end date needed
     * @param hoursPerWeek part-time or full-time weekly hours; or {@code totalHours} over the period
     * @param competencies REAC numbers of the competencies the activities of this experience evidence
     */
    public record Experience(int number, String label, ExperienceKind kind, LocalDate start, LocalDate end,
                             boolean ongoing, Double hoursPerWeek, Double totalHours, Set<Integer> competencies) {

        public String name() {
            return "Expérience " + number + (label == null || label.isBlank() ? "" : " (" + label + ")");
        }
    }

    /** An application for a certification already made (by the person, anywhere) in the calendar year. */
    public record PreviousApplication(int number, String certificationCode, LocalDate date, boolean ccpOnly) {
    }
}
