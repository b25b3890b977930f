package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

    /** Takes the enrolment's row lock (nothing when there is no such enrolment). */
    public void lockRow(long id) {
        getEntityManager().createNativeQuery("SELECT id FROM enrolment WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
    }

    /** Every enrolment of the candidate, withdrawn ones included, in the order made (personal data). */
    public List<Enrolment> everyOf(long candidateId) {
        return list("candidate.id = ?1 order by enrolledAt, id", candidateId);
    }

    /**
     * How many candidates are enrolled (not withdrawn) in each of these sessions, every session present (0 for none):
     * one grouped count for a list's page, instead of loading each session's enrolments with their candidates
     * (issue 14).
     */
    public Map<Long, Integer> enrolledIn(Collection<ExamSession> sessions) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        sessions.forEach(s -> counts.put(s.id, 0));
        if (!counts.isEmpty()) {
            getEntityManager().createQuery("select e.session.id, count(e) from Enrolment e where e.session.id in :ids "
                            + "and e.status = :enrolled group by e.session.id", Object[].class)
                    .setParameter("ids", counts.keySet()).setParameter("enrolled", EnrolmentStatus.ENROLLED)
                    .getResultStream().forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        return counts;
    }

    /** How many enrolments the candidate has, withdrawn ones included. */
    public long countOfCandidate(long candidateId) {
        return count("candidate.id", candidateId);
    }

    /**
     * The first {@code limit} candidates, by name, that the centre follows and that are not enrolled in the session
     * (withdrawn ones may come back), for the session page's enrolment forms. Read in one bounded query: a big
     * centre follows tens of thousands of candidates (issue 14), which the page loaded in full to show 500.
     */
    public List<Candidate> enrollableIn(ExamSession session, long centreId, int limit) {
        return getEntityManager().createQuery("select c from CandidateFollow f join f.candidate c "
                        + "where f.centre.id = :centre and c.erasedAt is null and not exists (select 1 from Enrolment e "
                        + "where e.session = :session and e.candidate = c and e.status = :enrolled) "
                        + "order by c.identity.birthName, c.identity.firstNames, c.id", Candidate.class)
                .setParameter("centre", centreId).setParameter("session", session)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED).setMaxResults(limit).getResultList();
    }

    /** How many candidates are enrolled (not withdrawn) in the session. */
    public int enrolledIn(ExamSession session) {
        return (int) count("session = ?1 and status = ?2", session, EnrolmentStatus.ENROLLED);
    }

    /** The candidate's enrolment in the session, withdrawn or not; null when there is none. */
    public Enrolment ofCandidateIn(ExamSession session, Candidate candidate) {
        return find("session = ?1 and candidate = ?2", session, candidate).firstResult();
    }

    /** The candidate's enrolments (not withdrawn) in sessions that are not cancelled: their history of attempts. */
    public List<Enrolment> historyOf(long candidateId) {
        return list("candidate.id = ?1 and status = ?2 and session.status <> ?3 order by session.startDate",
                candidateId, EnrolmentStatus.ENROLLED, SessionStatus.CANCELLED);
    }

    /** The histories of many candidates in one query (bulk enrolment), by candidate id. */
    public Map<Long, List<Enrolment>> historiesOf(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        return find("select e from Enrolment e join fetch e.session s join fetch s.titleVersion "
                        + "where e.candidate.id in ?1 and e.status = ?2 and s.status <> ?3 order by s.startDate",
                candidateIds, EnrolmentStatus.ENROLLED, SessionStatus.CANCELLED).list().stream()
                .collect(Collectors.groupingBy(e -> e.candidate.id, LinkedHashMap::new, Collectors.toList()));
    }

    /** The enrolments, active or withdrawn, of these candidates in the session, by candidate id. */
    public Map<Long, Enrolment> ofCandidatesIn(ExamSession session, Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        return find("session = ?1 and candidate.id in ?2", session, candidateIds).list().stream()
                .collect(Collectors.toMap(e -> e.candidate.id, e -> e, (a, b) -> a.isActive() ? a : b));
    }

    /** The candidate's enrolments (not withdrawn) in sessions neither closed, validated nor cancelled. */
    public List<Enrolment> openOf(long candidateId) {
        return list("candidate.id = ?1 and status = ?2 and session.status not in ?3 order by session.startDate",
                candidateId, EnrolmentStatus.ENROLLED,
                List.of(SessionStatus.CLOSED, SessionStatus.VALIDATED, SessionStatus.CANCELLED));
    }
}
