package fr.titrepro.candidate;

import fr.titrepro.referential.TitleVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class CandidateRepository implements PanacheRepository<Candidate> {

    /** How many candidates hold a CCP of the version. */
    public long countHoldersOf(TitleVersion version) {
        return getEntityManager().createQuery("select count(distinct h.candidate) from HeldCcp h "
                + "where h.ccp.titleVersion = :version", Long.class).setParameter("version", version).getSingleResult();
    }

    public Optional<Candidate> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public Optional<Candidate> findByIdentityKey(String identityKey) {
        return find("identityKey", identityKey).firstResultOptional();
    }

    /** The candidates in training for a title that a centre follows (records not erased), oldest record first. */
    public List<Candidate> traineesOf(fr.titrepro.centre.Centre centre, String titleCode) {
        return list("select f.candidate from CandidateFollow f where f.centre = ?1 and f.candidate.pathway = ?2 "
                + "and f.candidate.trainingTitleCode = ?3 and f.candidate.erasedAt is null order by f.candidate.id",
                centre, Pathway.TRAINING, titleCode);
    }

    public Optional<Candidate> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public long countFollowedBy(long centreId) {
        return count("from Candidate c where c.erasedAt is null and exists (select 1 from CandidateFollow f "
                + "where f.candidate = c and f.centre.id = ?1)", centreId);
    }

    /** Number of candidates the centre follows, per pathway. */
    public Map<Pathway, Long> countByPathway(long centreId) {
        List<Object[]> rows = getEntityManager().createQuery("select c.pathway, count(c) from Candidate c "
                + "where c.erasedAt is null and exists (select 1 from CandidateFollow f where f.candidate = c "
                + "and f.centre.id = :centre) group by c.pathway", Object[].class)
                .setParameter("centre", centreId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Pathway) r[0], r -> (Long) r[1]));
    }

    /** The latest candidates the centre registered or started to follow. */
    public List<Candidate> latestFollowedBy(long centreId, int count) {
        return getEntityManager().createQuery("select f.candidate from CandidateFollow f where f.centre.id = :centre "
                + "and f.candidate.erasedAt is null order by f.since desc, f.candidate.id desc", Candidate.class)
                .setParameter("centre", centreId).setMaxResults(count).getResultList();
    }

    /** Identity key → (id, reference) of the candidates already registered with one of these keys. */
    public Map<String, Existing> existingByIdentityKey(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select c.identityKey, c.id, c.reference from Candidate c "
                + "where c.identityKey in :keys", Object[].class)
                .setParameter("keys", keys).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> new Existing((Long) r[1], (String) r[2])));
    }

    /** Among these candidates, those the centre already follows. */
    public Set<Long> followedAmong(long centreId, Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().createQuery("select f.id.candidateId from CandidateFollow f "
                + "where f.id.centreId = :centre and f.id.candidateId in :ids", Long.class)
                .setParameter("centre", centreId).setParameter("ids", candidateIds)
                .getResultStream().collect(Collectors.toSet());
    }

    /** How a file names a candidate: the columns read, not the entity (nothing to hydrate nor to dirty-check). */
    public record Identity(long id, String reference, String birthName, String usageName, String firstNames,
                           LocalDate birthDate) {
    }

    /**
     * The candidates the centre follows (not erased) holding one of these references or born on one of these days:
     * those a bulk enrolment file may name (issue 14). Two indexed lookups, whatever the centre's size.
     */
    public List<Identity> followedByReferenceOrBirthDate(long centreId, Collection<String> references,
                                                         Collection<LocalDate> birthDates) {
        Map<Long, Identity> found = new java.util.LinkedHashMap<>();
        String select = "select c.id, c.reference, c.identity.birthName, c.identity.usageName, c.identity.firstNames, "
                + "c.identity.birthDate from Candidate c where ";
        String followed = " and c.erasedAt is null and exists (select 1 from CandidateFollow f "
                + "where f.candidate = c and f.centre.id = :centre)";
        List<Object[]> rows = new java.util.ArrayList<>();
        if (!references.isEmpty()) {
            rows.addAll(getEntityManager().createQuery(select + "c.reference in :values" + followed, Object[].class)
                    .setParameter("values", references).setParameter("centre", centreId).getResultList());
        }
        if (!birthDates.isEmpty()) {
            rows.addAll(getEntityManager().createQuery(select + "c.identity.birthDate in :values" + followed, Object[].class)
                    .setParameter("values", birthDates).setParameter("centre", centreId).getResultList());
        }
        rows.forEach(r -> found.putIfAbsent((Long) r[0], new Identity((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (LocalDate) r[5])));
        return List.copyOf(found.values());
    }

    public Set<String> existingReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().createQuery("select c.reference from Candidate c where c.reference in :refs", String.class)
                .setParameter("refs", references).getResultStream().collect(Collectors.toSet());
    }

    /**
     * These candidates with what the enrolment rules read (follows, CCPs held, titles obtained, CCPs trained for),
     * in one query per collection whatever their number (bulk enrolment); missing ids are absent.
     */
    public List<Candidate> withEnrolmentFacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = getEntityManager().createQuery("select distinct c from Candidate c "
                + "left join fetch c.follows where c.id in :ids", Candidate.class).setParameter("ids", ids)
                .getResultList();
        // the same persistence context: each query fills one collection of the candidates already loaded
        getEntityManager().createQuery("select distinct c from Candidate c left join fetch c.heldCcps h "
                + "left join fetch h.ccp where c.id in :ids", Candidate.class).setParameter("ids", ids).getResultList();
        getEntityManager().createQuery("select distinct c from Candidate c left join fetch c.obtainedTitles "
                + "where c.id in :ids", Candidate.class).setParameter("ids", ids).getResultList();
        getEntityManager().createQuery("select distinct c from Candidate c left join fetch c.trainedCcpNumbers "
                + "where c.id in :ids", Candidate.class).setParameter("ids", ids).getResultList();
        return found;
    }

    public record Existing(long id, String reference) {
    }
}
