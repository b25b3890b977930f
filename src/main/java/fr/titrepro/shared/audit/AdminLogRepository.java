package fr.titrepro.shared.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class AdminLogRepository implements PanacheRepository<AdminLogEntry> {

    /** Newest first; every filter optional; {@code until} excluded. */
    public PanacheQuery<AdminLogEntry> search(AdminAction action, Instant from, Instant until) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (action != null) {
            q.append(" and action = :action");
            p.and("action", action);
        }
        if (from != null) {
            q.append(" and at >= :from");
            p.and("from", from);
        }
        if (until != null) {
            q.append(" and at < :until");
            p.and("until", until);
        }
        return find(q.toString(), Sort.descending("at", "id"), p);
    }
}
