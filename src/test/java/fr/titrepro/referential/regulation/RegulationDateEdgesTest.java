package fr.titrepro.referential.regulation;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Attempt;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.AttemptResult;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Candidate;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Limits;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Session;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy.Title;
import fr.titrepro.eligibility.enrolment.EnrolmentEligibilityPolicy;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.session.jury.JuryCompositionPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dated rules at their last day and the day after, across month ends and 29 February. Figures from
 * regulation/certification-rules.yaml (read, never copied): appeal 2 months (DOMAIN « Sessions »), recevabilité
 * 1 year, resit window 1 year, closed-title grace 1 year (fiche TP-00496 l. 98), habilitation on every day of the
 * session (DOMAIN « Jury »).
 */
class RegulationDateEdgesTest {

    static final Regulation REGULATION = RegulationBook.on(LocalDate.of(2027, 1, 1));
    static final Limits LIMITS = Limits.of(REGULATION);
    static final String TRI = "TP-00496";
    static final Title ACTIVE = new Title(TRI, "TRI TP-00496 version 05", TitleStatus.ACTIVE,
            LocalDate.of(2021, 1, 11), null, null, new TreeSet<>(Set.of(1, 2)));

    @ParameterizedTest(name = "résultat publié le {0} : recours jusqu''au {1}")
    @CsvSource({
            "2027-01-07, 2027-03-07",
            "2026-12-31, 2027-02-28",
            "2027-12-31, 2028-02-29",
            "2028-02-29, 2028-04-29",
            "2027-07-31, 2027-09-30",
            "2027-10-31, 2027-12-31",
            "2027-06-30, 2027-08-30"})
    void anAppealIsReceivedUntilTheLastDayOfTheDelayAndNotTheDayAfter(LocalDate published, LocalDate lastDay) {
        assertThat(REGULATION.appeal().months()).isEqualTo(2);
        LocalDate deadline = REGULATION.appealDeadline(published);
        assertThat(deadline).isEqualTo(lastDay);
        assertThat(received(published, lastDay)).isTrue();
        assertThat(received(published, lastDay.plusDays(1))).isFalse();
    }

    /** AppealService's acceptance: on or after the publication, not after the deadline. */
    static boolean received(LocalDate published, LocalDate on) {
        return !on.isBefore(published) && !on.isAfter(REGULATION.appealDeadline(published));
    }

    @ParameterizedTest(name = "recevable le {0} : session du {1} → {2}")
    @CsvSource({
            "2027-03-15, 2028-03-15, true",
            "2027-03-15, 2028-03-16, false",
            "2028-02-29, 2029-02-28, true",
            "2028-02-29, 2029-03-01, false",
            "2027-02-28, 2028-02-28, true",
            "2027-02-28, 2028-02-29, false",
            "2027-08-31, 2028-08-31, true",
            "2027-08-31, 2028-09-01, false"})
    void aRecevabiliteAllowsASessionStartingUpToItsLastDay(LocalDate decision, LocalDate sessionStart,
                                                           boolean allowed) {
        Candidate vae = new Candidate("MARTIN Lucie", Pathway.VAE, TRI, Set.of(), null, decision, new TreeSet<>(),
                false, List.of());
        EnrolmentEligibilityPolicy.Decision d = EnrolmentEligibilityPolicy.decide(titleSession(sessionStart), vae,
                null, LIMITS);
        assertThat(d.refusals().stream().anyMatch(r -> r.rule().equals(EnrolmentEligibilityPolicy.RECEVABILITE)))
                .isEqualTo(!allowed);
    }

    @ParameterizedTest(name = "première session titre le {0} : nouvelle session du {1} → {2}")
    @CsvSource({
            "2027-01-31, 2028-01-31, true",
            "2027-01-31, 2028-02-01, false",
            "2028-02-29, 2029-02-28, true",
            "2028-02-29, 2029-03-01, false",
            "2027-12-31, 2028-12-31, true",
            "2027-12-31, 2029-01-01, false"})
    void aTraineeResitsWithoutNewTrainingUntilTheLastDayOfTheWindow(LocalDate first, LocalDate resit,
                                                                      boolean allowed) {
        Attempt earlier = new Attempt(7, "Session titre TRI n° 7", SessionType.TITLE, TRI, first, first.plusDays(1),
                AttemptResult.NOT_PASSED);
        Candidate trainee = new Candidate("MARTIN Lucie", Pathway.TRAINING, TRI, Set.of(), null, null,
                new TreeSet<>(), false, List.of(earlier));
        EnrolmentEligibilityPolicy.Decision d = EnrolmentEligibilityPolicy.decide(titleSession(resit), trainee, null,
                LIMITS);
        assertThat(d.refusals().stream().anyMatch(r -> r.rule().equals(EnrolmentEligibilityPolicy.RESIT_DELAY)))
                .isEqualTo(!allowed);
    }

    @ParameterizedTest(name = "titre clos, fin de validité {0} : session CCP finissant le {1} → {2}")
    @CsvSource({
            "2026-06-30, 2027-06-30, true",
            "2026-06-30, 2027-07-01, false",
            "2027-02-28, 2028-02-28, true",
            "2027-02-28, 2028-02-29, false",
            "2028-02-29, 2029-02-28, true",
            "2028-02-29, 2029-03-01, false"})
    void aClosedTitleIsCompletedUntilTheLastDayOfItsGracePeriod(LocalDate endOfValidity, LocalDate sessionEnd,
                                                                 boolean open) {
        Title closed = new Title(TRI, "TRI TP-00496 version 05", TitleStatus.CLOSED, LocalDate.of(2021, 1, 11),
                endOfValidity, endOfValidity, new TreeSet<>(Set.of(1, 2)));
        assertThat(EnrolmentEligibilityPolicy.titleWindow(SessionType.CCP, closed, sessionEnd.minusDays(1), sessionEnd,
                LIMITS).open()).isEqualTo(open);
    }

    @ParameterizedTest(name = "habilitation jusqu''au {2} : session du {0} au {1} → {3}")
    @CsvSource({
            "2027-03-30, 2027-04-01, 2027-04-01, ",
            "2027-03-30, 2027-04-01, 2027-03-31, 2027-04-01",
            "2028-02-28, 2028-03-01, 2028-02-29, 2028-03-01",
            "2028-02-28, 2028-03-01, 2028-03-01, ",
            "2027-12-30, 2028-01-02, 2028-01-01, 2028-01-02"})
    void aJurorMustBeHabilitatedOnTheLastDayOfTheSessionToo(LocalDate start, LocalDate end, LocalDate habilitatedUntil,
                                                           LocalDate uncoveredDay) {
        JuryCompositionPolicy.Session session = JuryCompositionPolicy.Session.under(REGULATION.jury(), TRI, start, end);
        JuryCompositionPolicy.Juror juror = new JuryCompositionPolicy.Juror(1, "Camille Juré", 10,
                List.of(new JuryCompositionPolicy.Habilitation(TRI, start.minusYears(1), habilitatedUntil)),
                List.of());
        List<JuryCompositionPolicy.Violation> violations = JuryCompositionPolicy.checkJuror(session, juror);
        if (uncoveredDay == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(JuryCompositionPolicy.HABILITATION);
                assertThat(v.message()).contains(String.format("le %02d/%02d/%d", uncoveredDay.getDayOfMonth(),
                        uncoveredDay.getMonthValue(), uncoveredDay.getYear()));
            });
        }
    }

    static Session titleSession(LocalDate start) {
        return new Session(42, SessionType.TITLE, ACTIVE, ACTIVE.ccpNumbers(), start, start.plusDays(1), 10, 0);
    }
}
