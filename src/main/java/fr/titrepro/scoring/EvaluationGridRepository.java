package fr.titrepro.scoring;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class EvaluationGridRepository implements PanacheRepository<EvaluationGrid> {

    /** A juror's grids of an enrolment, in CCP order. */
    public List<EvaluationGrid> of(long enrolmentId, long jurorId) {
        return list("enrolmentId = ?1 and jurorId = ?2 order by partKey", enrolmentId, jurorId);
    }

    /** Every juror's grids of an enrolment. */
    public List<EvaluationGrid> ofEnrolment(long enrolmentId) {
        return list("enrolmentId = ?1 order by jurorId, partKey", enrolmentId);
    }

    /** A juror's grids in a session (every candidate), for their progress. */
    public List<EvaluationGrid> ofJurorInSession(long sessionId, long jurorId) {
        return list("sessionId = ?1 and jurorId = ?2", sessionId, jurorId);
    }

    /** Every grid of a session (the end-of-day alert, issue 15). */
    public List<EvaluationGrid> ofSession(long sessionId) {
        return list("sessionId", sessionId);
    }
}
