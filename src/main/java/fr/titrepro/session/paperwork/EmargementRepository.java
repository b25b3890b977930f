package fr.titrepro.session.paperwork;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class EmargementRepository implements PanacheRepository<Emargement> {

    /** The émargement in force of each candidate and épreuve of the session: the latest tick of each. */
    public Map<Key, Emargement> currentOf(long sessionId) {
        Map<Key, Emargement> current = new LinkedHashMap<>();
        list("sessionId = ?1 order by enrolmentId, epreuve, id", sessionId)
                .forEach(e -> current.put(new Key(e.enrolmentId, e.epreuve), e));
        return current;
    }

    public List<Emargement> historyOf(long sessionId) {
        return list("sessionId = ?1 order by id", sessionId);
    }

    /** A candidate's épreuve. */
    public record Key(long enrolmentId, String epreuve) {
    }
}
