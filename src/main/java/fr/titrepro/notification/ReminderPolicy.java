package fr.titrepro.notification;

import java.time.LocalDate;

/**
 * Issue 15, « reminder 2 days before »: a person convened to a session that is still to take place is reminded
 * {@link #DAYS_BEFORE} days before its first day — or on a later day before it, when the sender did not run that day
 * (the message key keeps it to one reminder per person and session) — unless they turned reminders off. A session
 * starting in less than two days when it is confirmed gets no reminder: the convocation was just sent.
 */
public final class ReminderPolicy {

    public static final int DAYS_BEFORE = 2;

    private ReminderPolicy() {
    }

    public enum Verdict {
        SEND, NOT_YET, TOO_LATE, TURNED_OFF, NOT_SCHEDULED
    }

    /**
     * @param scheduled   the session is confirmed (not a draft, not cancelled, not started)
     * @param confirmedOn the day the session was confirmed (its convocation sent)
     */
    public static Verdict decide(boolean scheduled, LocalDate start, LocalDate confirmedOn, LocalDate today,
                                 boolean remindersOn) {
        if (!scheduled) {
            return Verdict.NOT_SCHEDULED;
        }
        if (!today.isBefore(start)) {
            return Verdict.TOO_LATE;
        }
        LocalDate due = start.minusDays(DAYS_BEFORE);
        if (today.isBefore(due)) {
            return Verdict.NOT_YET;
        }
        if (confirmedOn != null && confirmedOn.isAfter(due)) {
            return Verdict.TOO_LATE;
        }
        return remindersOn ? Verdict.SEND : Verdict.TURNED_OFF;
    }
}
