package fr.titrepro.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « reminder 2 days before » and « a candidate or juror can turn off reminders (not convocations or
 * results) »: when a person convened to a session starting on 2026-03-12 is reminded.
 */
class ReminderPolicyTest {

    static final LocalDate START = LocalDate.parse("2026-03-12");

    @ParameterizedTest(name = "{0}, confirmed {1}, today {2}, reminders {3}: {4}")
    @CsvSource({
            // scheduled, confirmed on, today, reminders on, verdict
            "true,  2026-02-20, 2026-03-10, true,  SEND",          // two days before
            "true,  2026-02-20, 2026-03-11, true,  SEND",          // the sender missed the day before: still sent once (key)
            "true,  2026-02-20, 2026-03-09, true,  NOT_YET",
            "true,  2026-02-20, 2026-03-12, true,  TOO_LATE",      // the first day itself
            "true,  2026-03-11, 2026-03-11, true,  TOO_LATE",      // confirmed after the due day: the convocation just left
            "true,  2026-03-10, 2026-03-10, true,  SEND",          // confirmed on the due day
            "true,  2026-02-20, 2026-03-10, false, TURNED_OFF",
            "false, 2026-02-20, 2026-03-10, true,  NOT_SCHEDULED", // draft or cancelled: nobody convened
            "true,  ,           2026-03-10, true,  SEND",          // confirmation date unknown (older data)
    })
    void remindedTwoDaysBeforeUnlessTurnedOff(boolean scheduled, LocalDate confirmedOn, LocalDate today,
                                              boolean remindersOn, ReminderPolicy.Verdict verdict) {
        assertThat(ReminderPolicy.decide(scheduled, START, confirmedOn, today, remindersOn)).isEqualTo(verdict);
    }
}
