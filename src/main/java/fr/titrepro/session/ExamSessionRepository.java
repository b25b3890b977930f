package fr.titrepro.session;

import fr.titrepro.referential.TitleVersion;
import fr.titrepro.session.enrolment.EnrolmentStatus;
import fr.titrepro.shared.web.SeekCursor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExamSessionRepository implements PanacheRepository<ExamSession> {

    /**
     * Takes the session's row lock before the session is read: what the transaction reads afterwards (under READ
     * COMMITTED) is what the previous holder committed, and the entity loaded is the current version. Locking an
     * entity already loaded ({@code em.lock}) would instead fail on a version another transaction just bumped.
     * Nothing is locked when there is no such session.
     */
    /** The first session a centre's seed author created (demo data), if any. */
    public java.util.Optional<ExamSession> firstCreatedBy(long centreId, String author) {
        return find("centre.id = ?1 and createdBy = ?2", centreId, author).firstResultOptional();
    }

    /** How many sessions a centre's seed author created (demo data). */
    public long countCreatedBy(long centreId, String author) {
        return count("centre.id = ?1 and createdBy = ?2", centreId, author);
    }

    public void lockRow(long id) {
        getEntityManager().createNativeQuery("SELECT id FROM exam_session WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
    }

    /** {@link #lockRow} and the session's status, read under the lock; empty when there is no such session. */
    public Optional<SessionStatus> lockedStatus(long id) {
        List<?> status = getEntityManager().createNativeQuery("SELECT status FROM exam_session WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        return status.stream().findFirst().map(s -> SessionStatus.valueOf((String) s));
    }

    /**
     * Sessions of a centre (all centres when null): upcoming ones (not finished yet) soonest first, past ones latest
     * first (issue 14: read backwards in {@code ix_session_start_id} or {@code ix_session_centre_dates} from the day
     * before today — a past session started before it — instead of every past session sorted); from the row after
     * {@code after} when given (keyset: start date and id).
     */
    public PanacheQuery<ExamSession> planned(Long centreId, boolean upcoming, LocalDate today, SeekCursor after) {
        Parameters params = Parameters.with("today", today);
        String where = period(upcoming, "s.startDate", "s.endDate");
        if (upcoming) {
            // bounded by the earliest start of an unfinished session (read from ix_session_end_start): else MariaDB
            // reads the start dates' index from the first session ever, through every past one, to fill the page
            where += " and s.startDate >= :from";
            params.and("from", earliestUnfinished(today));
        }
        if (centreId != null) {
            where += " and s.centre.id = :centre";
            params.and("centre", centreId);
        }
        if (after != null) {
            String towards = upcoming ? ">" : "<";
            where += " and (s.startDate " + towards + " :ks or (s.startDate = :ks and s.id " + towards + " :ki))";
            params.and("ks", after.dateValue(0)).and("ki", after.longValue(1));
        }
        String direction = upcoming ? "asc" : "desc";
        return find("from ExamSession s where " + where + " order by s.startDate " + direction + ", s.id "
                + direction, params);
    }

    private LocalDate earliestUnfinished(LocalDate today) {
        Object earliest = getEntityManager().createNativeQuery("SELECT MIN(start_date) FROM exam_session WHERE "
                + "end_date >= :today").setParameter("today", today).getSingleResult();
        return earliest == null ? today : earliest instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) earliest;
    }

    /** The same sessions (without the cursor), counted up to {@code cap} + 1. */
    public long countPlanned(Long centreId, boolean upcoming, LocalDate today, int cap) {
        String where = period(upcoming, "start_date", "end_date");
        var query = getEntityManager().createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM exam_session WHERE "
                + where + (centreId == null ? "" : " AND centre_id = :centre") + " LIMIT " + (cap + 1) + ") x")
                .setParameter("today", today);
        if (centreId != null) {
            query.setParameter("centre", centreId);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The sessions of a list, over the columns {@code start} and {@code end} (HQL or SQL): upcoming ones end today or
     * later; past ones ended before today (their start too: it bounds the read of the start dates' index).
     */
    private static String period(boolean upcoming, String start, String end) {
        return upcoming ? end + " >= :today" : start + " < :today and " + end + " < :today";
    }

    /** The keyset cursor of a session in these lists. */
    public static SeekCursor cursorOf(ExamSession s) {
        return SeekCursor.of(s.startDate, s.id);
    }

    /** The sessions a juror sits on, soonest first. */
    public List<ExamSession> ofJuror(long jurorId) {
        return list("select m.session from JuryMember m where m.juror.id = ?1 order by m.session.startDate, "
                + "m.session.id", jurorId);
    }

    /** The sessions a candidate is enrolled in (not withdrawn), soonest first. */
    public List<ExamSession> ofCandidate(long candidateId) {
        return list("select e.session from Enrolment e where e.candidate.id = ?1 and e.status = ?2 "
                + "order by e.session.startDate, e.session.id", candidateId, EnrolmentStatus.ENROLLED);
    }

    /** Other sessions, not cancelled, a juror sits on: to find overlaps. */
    public List<ExamSession> otherSessionsOfJuror(long jurorId, long exceptSessionId) {
        return list("select m.session from JuryMember m where m.juror.id = ?1 and m.session.id <> ?2 "
                + "and m.session.status <> ?3", jurorId, exceptSessionId, SessionStatus.CANCELLED);
    }

    public long countUsing(TitleVersion version) {
        return count("titleVersion = ?1 and status <> ?2", version, SessionStatus.CANCELLED);
    }

    /** Confirmed sessions whose first day is between {@code from} and {@code to} (reminders, issue 15). */
    public List<ExamSession> scheduledStartingBetween(LocalDate from, LocalDate to) {
        return list("status = ?1 and startDate between ?2 and ?3 order by id", SessionStatus.SCHEDULED, from, to);
    }

    /** The sessions scored on {@code day}: in progress or in deliberation, {@code day} one of their days. */
    public List<ExamSession> scoredOn(LocalDate day) {
        return list("status in ?1 and startDate <= ?2 and endDate >= ?2 order by id",
                List.of(SessionStatus.IN_PROGRESS, SessionStatus.DELIBERATION), day);
    }
}
