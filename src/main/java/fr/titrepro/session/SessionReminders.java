package fr.titrepro.session;

import fr.titrepro.notification.Outbox;
import fr.titrepro.notification.Recipient;
import fr.titrepro.notification.ReminderPolicy;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.shared.cluster.JobLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.LocalDate;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * Queues the reminders of the sessions starting in {@link ReminderPolicy#DAYS_BEFORE} days
 * ({@code titrepro.notification.reminder-cron}, once a day, one instance; « off » in tests, which call
 * {@link #remind}). The message key makes a second run the same day, or the next day, queue nothing more.
 */
@ApplicationScoped
public class SessionReminders {

    private static final Logger LOG = Logger.getLogger(SessionReminders.class);

    @Inject
    ExamSessionRepository sessions;

    @Inject
    SessionNotices notices;

    @Inject
    Outbox outbox;

    @Inject
    JobLease lease;

    @Scheduled(cron = "{titrepro.notification.reminder-cron}", identity = "session-reminders")
    void scheduled() {
        lease.runExclusively("session-reminders", Duration.ofHours(1),
                () -> LOG.infof("Rappels de session : %d", remind(LocalDate.now(PARIS))));
    }

    /** Reminders due on {@code today}; how many were queued (or found already queued). */
    @Transactional
    public int remind(LocalDate today) {
        int queued = 0;
        for (ExamSession s : sessions.scheduledStartingBetween(today.plusDays(1),
                today.plusDays(ReminderPolicy.DAYS_BEFORE))) {
            LocalDate confirmedOn = s.transitions.stream().filter(t -> t.toStatus == SessionStatus.SCHEDULED)
                    .map(t -> t.at.atZone(PARIS).toLocalDate()).max(LocalDate::compareTo).orElse(null);
            for (Enrolment e : s.activeEnrolments()) {
                queued += remind(s, confirmedOn, today, SessionNotices.candidate(e.candidate),
                        "convoqué(e) à cette session");
            }
            for (JuryMember m : s.jury) {
                queued += remind(s, confirmedOn, today, SessionNotices.juror(m.juror),
                        "membre du jury de cette session");
            }
        }
        return queued;
    }

    private int remind(ExamSession s, LocalDate confirmedOn, LocalDate today, Recipient to, String role) {
        ReminderPolicy.Verdict v = ReminderPolicy.decide(true, s.startDate, confirmedOn, today,
                outbox.remindersOn(to.username()));
        if (v != ReminderPolicy.Verdict.SEND) {
            return 0;
        }
        notices.reminder(s, to, role);
        return 1;
    }
}
