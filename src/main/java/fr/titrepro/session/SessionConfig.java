package fr.titrepro.session;

import fr.titrepro.eligibility.EnrolmentEligibilityPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** Settings of the sessions: the regulation's delays are data, since they change and differ between titles. */
@ConfigMapping(prefix = "titrepro.session")
public interface SessionConfig {

    Resit resit();

    Timetable timetable();

    /** A VAE recevabilité is valid this many months. */
    @WithDefault("12")
    int recevabiliteMonths();

    /** A closed title can be completed (missing CCPs) this many months after its end of validity. */
    @WithDefault("12")
    int closedTitleGraceMonths();

    interface Resit {
        /** A training candidate who failed or was absent resits without new training within this many months. */
        @WithDefault("12")
        int windowMonths();

        /** At most this many sessions titre in that period, the first one included. */
        @WithDefault("3")
        int maxTitleSessions();
    }

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

    default EnrolmentEligibilityPolicy.Limits limits() {
        return new EnrolmentEligibilityPolicy.Limits(resit().windowMonths(), resit().maxTitleSessions(),
                recevabiliteMonths(), closedTitleGraceMonths());
    }
}
