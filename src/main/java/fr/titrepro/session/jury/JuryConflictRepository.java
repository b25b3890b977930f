package fr.titrepro.session.jury;

import fr.titrepro.session.ExamSession;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The jurors' declared links with candidates ({@link ConflictOfInterest}). The check itself is
 * {@link ExamSession#declaredLink}; {@link #declaredSql} is its SQL twin, for a statement that reads no entity.
 */
@ApplicationScoped
public class JuryConflictRepository implements PanacheRepository<ConflictOfInterest> {

    /**
     * The SQL condition « the juror declared a link with the candidate for this session », on the columns (or
     * parameters) given: what {@link ExamSession#declaredLink} answers, inside one native statement.
     */
    public static String declaredSql(String sessionId, String jurorId, String candidateId) {
        return "EXISTS (SELECT 1 FROM conflict_of_interest c WHERE c.session_id = " + sessionId
                + " AND c.juror_id = " + jurorId + " AND c.candidate_id = " + candidateId + ")";
    }

    /** A candidate's declared links, every session, oldest first (the candidate's personal data). */
    public List<ConflictOfInterest> ofCandidate(long candidateId) {
        return list("candidate.id = ?1 order by declaredAt, id", candidateId);
    }

    /** Deletes a candidate's declared links (erasure); the number deleted. */
    public long deleteOfCandidate(long candidateId) {
        return delete("candidate.id", candidateId);
    }
}
