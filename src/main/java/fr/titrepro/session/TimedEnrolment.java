package fr.titrepro.session;

import fr.titrepro.session.enrolment.Enrolment;

import java.util.List;
import java.util.Map;

/** An active enrolment with the times of its épreuves, from the session's timetable ({@link RuleFacts#timetable}). */
public record TimedEnrolment(Enrolment enrolment, List<TimetablePlanner.Slot> slots) {

    /** The session's active enrolments, each with its times (none when the timetable has no place for it). */
    public static List<TimedEnrolment> of(ExamSession s, Map<Long, List<TimetablePlanner.Slot>> timetable) {
        return s.activeEnrolments().stream()
                .map(e -> new TimedEnrolment(e, timetable.getOrDefault(e.id, List.of()))).toList();
    }

    /** One of its épreuves does not fit in the session (its days and hours). */
    public boolean overflows() {
        return slots.stream().anyMatch(TimetablePlanner.Slot::outsideSession);
    }
}
