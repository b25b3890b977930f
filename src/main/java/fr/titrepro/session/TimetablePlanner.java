package fr.titrepro.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans each candidate's épreuves, in the order of the référentiel, from the first morning of the session:
 * <ul>
 *   <li>every duration is increased by the candidate's extra time (tiers-temps…), rounded up to the minute;</li>
 *   <li>collective épreuves (mise en situation, questionnaire) run for all candidates at once;</li>
 *   <li>individual ones (entretiens, présentation, questionnement, entretien final) need the jury, which sees one
 *       candidate at a time: they go to the jury's first free period after the candidate is ready;</li>
 *   <li>an épreuve that would end after the end of the day starts the next morning; one that falls after the last
 *       day of the session is flagged.</li>
 * </ul>
 * Candidates are planned in enrolment order (withdrawn ones keep their place), so enrolling someone never moves
 * the times already given to the others. Pure.
 */
public final class TimetablePlanner {

    public record Frame(LocalDate firstDay, LocalDate lastDay, LocalTime dayStart, LocalTime dayEnd) {
    }

    public record Epreuve(String label, Integer ccpNumber, int minutes, boolean individual) {
    }

    public record CandidatePlan(long enrolmentId, int extraTimePercent, List<Epreuve> epreuves) {
    }

    public record Slot(LocalDate day, LocalTime start, LocalTime end, String label, Integer ccpNumber, int minutes,
                       boolean individual, boolean outsideSession) {
    }

    private record Busy(LocalDateTime start, LocalDateTime end) {
    }

    private TimetablePlanner() {
    }

    public static Map<Long, List<Slot>> plan(Frame frame, List<CandidatePlan> candidates) {
        List<Busy> jury = new ArrayList<>();
        Map<Long, List<Slot>> plans = new LinkedHashMap<>();
        for (CandidatePlan candidate : candidates) {
            LocalDateTime ready = frame.firstDay().atTime(frame.dayStart());
            List<Slot> slots = new ArrayList<>();
            for (Epreuve e : candidate.epreuves()) {
                int minutes = withExtraTime(e.minutes(), candidate.extraTimePercent());
                LocalDateTime start = earliestFit(frame, ready, minutes, e.individual() ? jury : List.of());
                LocalDateTime end = start.plusMinutes(minutes);
                if (e.individual()) {
                    insertSorted(jury, new Busy(start, end));
                }
                slots.add(new Slot(start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), e.label(),
                        e.ccpNumber(), minutes, e.individual(), start.toLocalDate().isAfter(frame.lastDay())));
                ready = end;
            }
            plans.put(candidate.enrolmentId(), List.copyOf(slots));
        }
        return plans;
    }

    static int withExtraTime(int minutes, int extraTimePercent) {
        return (minutes * (100 + Math.max(0, extraTimePercent)) + 99) / 100;
    }

    /** The first start from {@code from} where the épreuve fits in a day and, for an individual one, in a gap of the jury. */
    private static LocalDateTime earliestFit(Frame frame, LocalDateTime from, int minutes, List<Busy> busy) {
        long dayLength = Duration.between(frame.dayStart(), frame.dayEnd()).toMinutes();
        LocalDateTime t = from;
        // busy periods are sorted by start and never overlap: one pass, t only moves forward
        int i = firstEndingAfter(busy, t);
        while (true) {
            LocalDateTime dayOpen = t.toLocalDate().atTime(frame.dayStart());
            if (t.isBefore(dayOpen)) {
                t = dayOpen;
            }
            boolean longerThanADay = minutes > dayLength && t.equals(dayOpen);
            if (!longerThanADay && t.plusMinutes(minutes).isAfter(t.toLocalDate().atTime(frame.dayEnd()))) {
                t = t.toLocalDate().plusDays(1).atTime(frame.dayStart());
                continue;
            }
            while (i < busy.size() && !busy.get(i).end().isAfter(t)) {
                i++;
            }
            if (i == busy.size() || !busy.get(i).start().isBefore(t.plusMinutes(minutes))) {
                return t;
            }
            t = busy.get(i).end();
        }
    }

    private static int firstEndingAfter(List<Busy> busy, LocalDateTime t) {
        int low = 0;
        int high = busy.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (busy.get(mid).end().isAfter(t)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /**
     * Adds a period of the jury, merged with the periods it touches: a jury busy back to back all day is one period,
     * so that the next search walks the gaps, not every candidate already placed (quadratic for a 200-candidate
     * session otherwise). Only the union of the busy time matters to {@link #earliestFit}.
     */
    private static void insertSorted(List<Busy> busy, Busy period) {
        int at = firstEndingAfter(busy, period.start());
        LocalDateTime start = period.start();
        LocalDateTime end = period.end();
        if (at > 0 && busy.get(at - 1).end().equals(start)) {
            start = busy.get(at - 1).start();
            busy.remove(--at);
        }
        if (at < busy.size() && busy.get(at).start().equals(end)) {
            end = busy.get(at).end();
            busy.remove(at);
        }
        busy.add(at, new Busy(start, end));
    }
}
