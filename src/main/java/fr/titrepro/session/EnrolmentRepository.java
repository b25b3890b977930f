package fr.titrepro.session;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

    /** The candidate's enrolments (not withdrawn) in sessions that are not cancelled: their history of attempts. */
    public List<Enrolment> historyOf(long candidateId) {
        return list("candidate.id = ?1 and status = ?2 and session.status <> ?3 order by session.startDate",
                candidateId, EnrolmentStatus.ENROLLED, SessionStatus.CANCELLED);
    }

    /** The candidate's enrolments (not withdrawn) in sessions neither closed, validated nor cancelled. */
    public List<Enrolment> openOf(long candidateId) {
        return list("candidate.id = ?1 and status = ?2 and session.status not in ?3 order by session.startDate",
                candidateId, EnrolmentStatus.ENROLLED,
                List.of(SessionStatus.CLOSED, SessionStatus.VALIDATED, SessionStatus.CANCELLED));
    }
}
