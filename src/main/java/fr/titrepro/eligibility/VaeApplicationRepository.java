package fr.titrepro.eligibility;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class VaeApplicationRepository implements PanacheRepository<VaeApplication> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id", Sort.Direction.Descending);

    /** Applications followed by the adviser, newest first; every application when {@code adviser} is null. */
    public PanacheQuery<VaeApplication> followedBy(String adviser) {
        return adviser == null ? findAll(NEWEST_FIRST) : find("adviserUsername", NEWEST_FIRST, adviser);
    }

    public boolean existsFor(String adviser, String identityKey, String titleCode) {
        return count("adviserUsername = ?1 and identityKey = ?2 and titleCode = ?3", adviser, identityKey, titleCode) > 0;
    }

    /** The applications about a person: linked to their record, proposed for it, or with their identity key. */
    public java.util.List<VaeApplication> about(long candidateId, String identityKey) {
        return list("candidate.id = ?1 or proposedCandidate.id = ?1 or identityKey = ?2 order by id", candidateId,
                identityKey);
    }

    /** RECEVABLE decisions whose link to an existing person waits for an answer, oldest first. */
    public java.util.List<VaeApplication> pendingLinks() {
        return list("linkStatus = ?1 order by decidedAt, id", VaeLinkStatus.PROPOSED);
    }
}
