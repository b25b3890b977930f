package fr.titrepro.scoring.reconciliation;

import fr.titrepro.session.ExamSessionRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class AgreedDecisionRepository implements PanacheRepository<AgreedDecision> {

    @Inject
    ExamSessionRepository sessions;

    /** The chain of a session, in the order it was written. */
    public List<AgreedDecision> chainOf(long sessionId) {
        return list("sessionId = ?1 order by id", sessionId);
    }

    /** The decisions on some enrolments, in the order written (the candidate's personal data). */
    public List<AgreedDecision> ofEnrolments(List<Long> enrolmentIds) {
        return list("enrolmentId in ?1 order by id", enrolmentIds);
    }

    /** The sessions that have a chain. */
    public List<Long> sessionsWithChain() {
        return getEntityManager().createQuery("select distinct d.sessionId from AgreedDecision d", Long.class)
                .getResultList();
    }

    public Optional<AgreedDecision> lastOf(long sessionId) {
        return find("sessionId = ?1 order by id desc", sessionId).firstResultOptional();
    }

    /**
     * The head to append after, read while holding the session's row lock: two reconciliations at once append one
     * after the other instead of forking the chain.
     */
    public String lockedHead(long sessionId) {
        sessions.lockRow(sessionId);
        List<?> last = getEntityManager().createNativeQuery("SELECT hash FROM agreed_decision WHERE session_id = ?1 "
                + "ORDER BY id DESC LIMIT 1 FOR UPDATE").setParameter(1, sessionId).getResultList();
        return last.isEmpty() ? DecisionChain.GENESIS : (String) last.getFirst();
    }

    /** The decision in force on each subject of an enrolment (the latest record), keyed "part|scope|subject". */
    public Map<String, AgreedDecision> currentOf(long enrolmentId) {
        Map<String, AgreedDecision> current = new LinkedHashMap<>();
        for (AgreedDecision d : list("enrolmentId = ?1 order by id", enrolmentId)) {
            current.put(key(d.partKey, d.scope, d.subjectKey), d);
        }
        return current;
    }

    public static String key(String partKey, DecisionScope scope, String subjectKey) {
        return partKey + "|" + scope + "|" + subjectKey;
    }
}
