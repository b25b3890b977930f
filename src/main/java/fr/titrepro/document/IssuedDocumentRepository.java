package fr.titrepro.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class IssuedDocumentRepository implements PanacheRepository<IssuedDocument> {

    /** Ids in [from, to) of the documents no longer valid (revoked or superseded): a status list's set entries. */
    public List<Long> notValidBetween(long from, long to) {
        return getEntityManager().createQuery("select d.id from IssuedDocument d where d.id >= :from and d.id < :to "
                        + "and d.status <> :valid", Long.class).setParameter("from", from).setParameter("to", to)
                .setParameter("valid", DocumentStatus.VALID).getResultList();
    }

    public Optional<IssuedDocument> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The latest version of a series, locked until the end of the transaction (a new version is being issued).
     * No flush before it: documents are inserted at once (identity keys), and a session issuing hundreds of
     * documents in one transaction would otherwise dirty-check everything it holds before each of them.
     */
    public Optional<IssuedDocument> latestForUpdate(String seriesKey) {
        return find("seriesKey", Sort.descending("version"), seriesKey)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The valid version of a series, if any. */
    public Optional<IssuedDocument> current(String seriesKey) {
        return find("seriesKey = ?1 and status = ?2", Sort.descending("version"), seriesKey, DocumentStatus.VALID)
                .firstResultOptional();
    }

    /** The valid documents issued by a session's deliberation, by holder then kind. */
    public List<IssuedDocument> validOfSession(long sessionId) {
        return list("sessionId = ?1 and status = ?2 order by holderName, kind, id", sessionId, DocumentStatus.VALID);
    }

    public List<IssuedDocument> ofCandidate(long candidateId) {
        return list("candidateId", Sort.descending("issuedAt").and("id", Sort.Direction.Descending), candidateId);
    }

    public List<IssuedDocument> page(String search, int page, int size) {
        return query(search).page(Page.of(page, size)).list();
    }

    public long countMatching(String search) {
        return query(search).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<IssuedDocument> query(String search) {
        Sort sort = Sort.descending("issuedAt").and("id", Sort.Direction.Descending);
        if (search == null || search.isBlank()) {
            return findAll(sort);
        }
        String like = "%" + search.strip().toLowerCase() + "%";
        return find("lower(code) like ?1 or lower(holderName) like ?1 or lower(titleName) like ?1", sort, like);
    }
}
