package fr.titrepro.candidate.link;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

@ApplicationScoped
public class LinkRequestRepository implements PanacheRepository<LinkRequest> {

    public Optional<LinkRequest> pending(long candidateId, long centreId) {
        return find("candidate.id = ?1 and centre.id = ?2 and status = ?3", candidateId, centreId,
                LinkRequestStatus.PENDING).firstResultOptional();
    }

    /** Among these people, those the centre already has an open request about. */
    public Set<Long> pendingAmong(long centreId, Collection<Long> candidateIds) {
        Set<Long> found = new HashSet<>();
        List<Long> ids = List.copyOf(candidateIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(getEntityManager().createQuery("select r.candidate.id from LinkRequest r where r.centre.id = "
                            + ":centre and r.status = :pending and r.candidate.id in :ids", Long.class)
                    .setParameter("centre", centreId).setParameter("pending", LinkRequestStatus.PENDING)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList());
        }
        return found;
    }

    /** A centre's requests, the open ones first. */
    public List<LinkRequest> ofCentre(long centreId) {
        return list("centre.id = ?1 order by case when status = ?2 then 0 else 1 end, requestedAt desc, id desc",
                centreId, LinkRequestStatus.PENDING);
    }

    /** The requests about a person, the open ones first. */
    /**
     * Deletes the requests never answered (asked before the limit) and the refused ones (refused before the limit):
     * the retention purge; the number deleted.
     */
    public int deleteUnansweredOrRefusedBefore(Instant limit) {
        return (int) delete("(status = ?1 and requestedAt < ?2) or (status = ?3 and decidedAt < ?2)",
                LinkRequestStatus.PENDING, limit, LinkRequestStatus.REFUSED);
    }

    /** Deletes the requests about a person (erasure). */
    public void deleteAbout(long candidateId) {
        delete("candidate.id", candidateId);
    }

    public List<LinkRequest> about(long candidateId) {
        return list("candidate.id = ?1 order by case when status = ?2 then 0 else 1 end, requestedAt desc, id desc",
                candidateId, LinkRequestStatus.PENDING);
    }

    /** The open requests the administration answers: about people without a login. */
    public List<LinkRequest> pendingForAdministration() {
        return list("status = ?1 and candidate.username is null and candidate.erasedAt is null order by requestedAt, id",
                LinkRequestStatus.PENDING);
    }

    public long countPendingOfCentre(long centreId) {
        return count("centre.id = ?1 and status = ?2", centreId, LinkRequestStatus.PENDING);
    }
}
