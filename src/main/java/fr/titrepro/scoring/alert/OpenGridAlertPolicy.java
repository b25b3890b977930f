package fr.titrepro.scoring.alert;

import fr.titrepro.session.SessionStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 15, « juror: grid still open at the end of a session day »: which jurors are told, at the end of a day of a
 * session being scored, that grids of theirs are still open. Pure: no CDI, no I/O.
 *
 * <p>A juror is alerted for a candidate when, on a day of the session (first to last day) while it is scored (in
 * progress or in deliberation), they have fewer submitted grids than parts to score for that candidate: a grid in
 * progress, or one never opened (grids are made when the juror first opens the candidate). A juror who declared a
 * link with the candidate scores nothing for them (Arrêté du 21 juillet 2016, règlement général des sessions: the
 * juror who knows a candidate takes no part in their evaluation); a candidate enrolled for the entretien final alone
 * has no grid. It is an operational alert, not a reminder: the juror's « rappels » preference does not apply.
 */
public final class OpenGridAlertPolicy {

    /**
     * One juror of the jury facing one active enrolment.
     *
     * @param parts     the grids the juror must hand in for this candidate (one per CCP or CCS taken; 0 for the
     *                  entretien final alone)
     * @param submitted the juror's grids of this candidate handed in
     */
    public record Seat(long jurorId, long enrolmentId, String candidateName, boolean conflicted, int parts,
                       int submitted) {
        boolean open() {
            return !conflicted && parts > 0 && submitted < parts;
        }
    }

    private OpenGridAlertPolicy() {
    }

    /** Whether {@code today} is a day of the session while its grids are scored. */
    public static boolean scoringDay(SessionStatus status, LocalDate start, LocalDate end, LocalDate today) {
        boolean scored = status == SessionStatus.IN_PROGRESS || status == SessionStatus.DELIBERATION;
        return scored && !today.isBefore(start) && !today.isAfter(end);
    }

    /** The jurors to alert (by id, ascending) with the seats still open, candidates by name. */
    public static Map<Long, List<Seat>> toAlert(SessionStatus status, LocalDate start, LocalDate end,
                                                LocalDate today, List<Seat> seats) {
        Map<Long, List<Seat>> alerts = new TreeMap<>();
        if (!scoringDay(status, start, end, today)) {
            return alerts;
        }
        for (Seat seat : seats) {
            if (seat.open()) {
                alerts.computeIfAbsent(seat.jurorId(), k -> new ArrayList<>()).add(seat);
            }
        }
        alerts.values().forEach(list -> list.sort(Comparator.comparing(Seat::candidateName)
                .thenComparing(Seat::enrolmentId)));
        return alerts;
    }
}
