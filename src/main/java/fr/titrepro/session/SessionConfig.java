package fr.titrepro.session;

import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.shared.text.FrenchDates;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.time.LocalTime;

/** Settings of the sessions (timetable); the regulation's figures are in {@link RegulationBook}. */
@ConfigMapping(prefix = "titrepro.session")
public interface SessionConfig {

    Timetable timetable();

    interface Timetable {
        @WithDefault("08:30")
        LocalTime dayStart();

        @WithDefault("17:30")
        LocalTime dayEnd();

        /** Used when a title version does not state the duration of its entretien final. */
        @WithDefault("20")
        int defaultFinalInterviewMinutes();

        /** The référentiel gives no épreuves for a CCS: the duration planned for its mise en situation. */
        @WithDefault("180")
        int ccsMinutes();
    }

    /** The regulation's limits in force today (resits, recevabilité, closed titles, CCS, entretien final): data, not settings. */
    default EnrolmentEligibilityPolicy.Limits limits() {
        return EnrolmentEligibilityPolicy.Limits.of(RegulationBook.on(FrenchDates.today()));
    }
}
