package fr.titrepro.scoring;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class AgreedDecisionRepository implements PanacheRepository<AgreedDecision> {

    /** The chain of a session, in the order it was written. */
    public List<AgreedDecision> chainOf(long sessionId) {
        return list("sessionId = ?1 order by id", sessionId);
    }

    public Optional<AgreedDecision> lastOf(long sessionId) {
        return find("sessionId = ?1 order by id desc", sessionId).firstResultOptional();
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
