package fr.titrepro.scoring.alert;

import fr.titrepro.scoring.alert.OpenGridAlertPolicy.Seat;
import fr.titrepro.session.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « juror: grid still open at the end of a session day »: who is alerted. A juror who declared a link with
 * a candidate takes no part in their evaluation (Arrêté du 21 juillet 2016, règlement général des sessions; DOMAIN
 * « Centres, jurors »): no grid is theirs to hand in, no alert.
 */
class OpenGridAlertPolicyTest {

    static final LocalDate START = LocalDate.of(2026, 12, 7);
    static final LocalDate END = START.plusDays(1);

    @ParameterizedTest(name = "{0}, {1} → scored day: {2}")
    @CsvSource({
            "IN_PROGRESS,  2026-12-07, true",   // first day
            "IN_PROGRESS,  2026-12-08, true",   // last day
            "DELIBERATION, 2026-12-08, true",   // deliberating while grids are still open
            "IN_PROGRESS,  2026-12-06, false",  // the day before
            "IN_PROGRESS,  2026-12-09, false",  // the day after
            "SCHEDULED,    2026-12-07, false",  // not started: nothing scored yet
            "DRAFT,        2026-12-07, false",
            "CLOSED,       2026-12-08, false",  // the PV is signed: grids are over
            "VALIDATED,    2026-12-08, false",
            "CANCELLED,    2026-12-07, false",
    })
    void onlyTheDaysOfASessionBeingScoredCount(SessionStatus status, LocalDate today, boolean expected) {
        assertThat(OpenGridAlertPolicy.scoringDay(status, START, END, today)).isEqualTo(expected);
        List<Seat> open = List.of(new Seat(1, 10, "MARTIN Lucie", false, 2, 0));
        assertThat(OpenGridAlertPolicy.toAlert(status, START, END, today, open)).hasSize(expected ? 1 : 0);
    }

    @ParameterizedTest(name = "conflicted={0}, parts={1}, submitted={2} → alerted: {3}")
    @CsvSource({
            "false, 2, 0, true",    // never opened, or opened and not handed in
            "false, 2, 1, true",    // one CCP handed in, the other still open
            "false, 2, 2, false",   // everything handed in
            "false, 1, 1, false",
            "true,  2, 0, false",   // declared link: not theirs to score
            "false, 0, 0, false",   // entretien final alone: no grid
    })
    void aJurorIsAlertedForACandidateWhileAGridOfTheirsIsNotHandedIn(boolean conflicted, int parts, int submitted,
                                                                     boolean alerted) {
        Map<Long, List<Seat>> alerts = OpenGridAlertPolicy.toAlert(SessionStatus.IN_PROGRESS, START, END, START,
                List.of(new Seat(7, 10, "MARTIN Lucie", conflicted, parts, submitted)));
        assertThat(alerts.containsKey(7L)).isEqualTo(alerted);
    }

    @Test
    void oneEntryPerJurorListingTheirOpenCandidatesByName() {
        Map<Long, List<Seat>> alerts = OpenGridAlertPolicy.toAlert(SessionStatus.IN_PROGRESS, START, END, END,
                List.of(new Seat(2, 11, "DURAND Zoé", false, 2, 0),
                        new Seat(2, 10, "BERNARD Ana", false, 2, 1),
                        new Seat(2, 12, "COLIN Léo", false, 2, 2),
                        new Seat(3, 10, "BERNARD Ana", false, 2, 2),
                        new Seat(1, 11, "DURAND Zoé", true, 2, 0)));
        assertThat(alerts).containsOnlyKeys(2L);
        assertThat(alerts.get(2L)).extracting(Seat::candidateName).containsExactly("BERNARD Ana", "DURAND Zoé");
    }
}
