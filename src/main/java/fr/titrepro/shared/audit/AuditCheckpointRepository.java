package fr.titrepro.shared.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AuditCheckpointRepository implements PanacheRepository<AuditCheckpoint> {

    public List<AuditCheckpoint> of(long sessionId, String chain) {
        return list("sessionId = ?1 and chain = ?2 order by id", sessionId, chain);
    }

    public Optional<AuditCheckpoint> lastOf(long sessionId, String chain) {
        return find("sessionId = ?1 and chain = ?2 order by id desc", sessionId, chain).firstResultOptional();
    }
}
