package fr.titrepro.scoring.alert;

import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.EvaluationGridRepository;
import fr.titrepro.scoring.GridGenerator;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * Issue 15: at the end of each session day ({@code titrepro.notification.open-grid-cron}, 19 h Paris time by
 * default, one instance through {@link JobLease}; « off » in tests, which call {@link #alert}), every juror with grids
 * still open for candidates of a session scored that day gets one message ({@link OpenGridAlertPolicy}). The message
 * key (session, day, juror) makes a second run the same evening queue nothing more.
 */
@ApplicationScoped
public class OpenGridAlerts {

    private static final Logger LOG = Logger.getLogger(OpenGridAlerts.class);

    @Inject
    ExamSessionRepository sessions;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    GridNotices notices;

    @Inject
    JobLease lease;

    @Scheduled(cron = "{titrepro.notification.open-grid-cron}", identity = "open-grid-alerts",
            timeZone = "Europe/Paris")
    void scheduled() {
        lease.runExclusively("open-grid-alerts", Duration.ofHours(1),
                () -> LOG.infof("Grilles ouvertes en fin de journée : %d juré(s) alerté(s)",
                        alert(LocalDate.now(PARIS))));
    }

    /** Alerts of {@code day}; how many jurors were alerted (or found already alerted). */
    @Transactional
    public int alert(LocalDate day) {
        int alerted = 0;
        for (ExamSession s : sessions.scoredOn(day)) {
            Map<Long, List<OpenGridAlertPolicy.Seat>> open = OpenGridAlertPolicy.toAlert(s.status, s.startDate,
                    s.endDate, day, seats(s));
            for (JuryMember m : s.jury) {
                List<OpenGridAlertPolicy.Seat> mine = open.get(m.juror.id);
                if (mine != null) {
                    notices.gridsOpen(s, m.juror, day, mine);
                    alerted++;
                }
            }
        }
        return alerted;
    }

    /** Every juror of the jury facing every active enrolment, with their submitted grids. */
    private List<OpenGridAlertPolicy.Seat> seats(ExamSession s) {
        Map<String, Integer> submitted = new HashMap<>();
        for (EvaluationGrid g : grids.ofSession(s.id)) {
            if (g.isSubmitted()) {
                submitted.merge(g.jurorId + ":" + g.enrolmentId, 1, Integer::sum);
            }
        }
        List<OpenGridAlertPolicy.Seat> seats = new ArrayList<>();
        for (Enrolment e : s.activeEnrolments()) {
            int parts = GridGenerator.referentialPartKeys(s, e).size();
            Set<Long> conflicted = s.jurorsLinkedTo(e.candidate.id);
            for (JuryMember m : s.jury) {
                seats.add(new OpenGridAlertPolicy.Seat(m.juror.id, e.id, e.candidate.fullName(),
                        conflicted.contains(m.juror.id), parts, submitted.getOrDefault(m.juror.id + ":" + e.id, 0)));
            }
        }
        return seats;
    }
}
