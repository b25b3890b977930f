package fr.titrepro.eligibility;

import fr.titrepro.candidate.Sex;
import fr.titrepro.eligibility.rules.ExperienceKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A VAE application as typed by the adviser (API body or page form), before it is checked. The person is optional
 * for a stateless eligibility check; {@code titleVersion} is optional (the version in force on the application
 * date); {@code ccpNumbers} empty means the whole title.
 */
public record VaeApplicationDraft(Person person, String titleCode, String titleVersion, List<Integer> ccpNumbers,
                                  LocalDate applicationDate, List<Experience> experiences,
                                  List<PreviousApplication> previousApplications) {

    public VaeApplicationDraft {
        ccpNumbers = ccpNumbers == null ? List.of() : ccpNumbers;
        experiences = experiences == null ? List.of() : experiences;
        previousApplications = previousApplications == null ? List.of() : previousApplications;
    }

    /** Identity as the candidate record and the documents need it. */
    public record Person(String birthName, String usageName, String firstNames, Sex sex, LocalDate birthDate,
                         String birthCommune, String birthDepartment, String birthCountry, String nationality,
                         String email, String phone) {
    }

    /**
     * @param ongoing      still going on at the application date (then no end date)
     * @param competencies REAC numbers of the title's competencies that the activities evidence
     */
    public record Experience(String organisation, String role, ExperienceKind kind, LocalDate startDate,
                             LocalDate endDate, Boolean ongoing, BigDecimal hoursPerWeek, BigDecimal totalHours,
                             String activities, List<Integer> competencies) {

        public Experience {
            competencies = competencies == null ? List.of() : competencies;
        }

        public boolean isOngoing() {
            return Boolean.TRUE.equals(ongoing);
        }
    }

    /** An application already made in the calendar year; {@code ccpOnly} for some CCPs (blocs) only. */
    public record PreviousApplication(String certificationCode, String certificationName, LocalDate date,
                                      Boolean ccpOnly) {
    }
}
