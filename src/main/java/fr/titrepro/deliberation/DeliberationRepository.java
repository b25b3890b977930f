package fr.titrepro.deliberation;

import fr.titrepro.deliberation.chain.DeliberationChain;
import fr.titrepro.deliberation.pv.PvSignature;
import fr.titrepro.deliberation.pv.SessionPv;
import fr.titrepro.session.ExamSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes the deliberation's records: decisions, incidents, signatures, PV, appeals. */
@ApplicationScoped
public class DeliberationRepository {

    @Inject
    EntityManager em;

    @Inject
    ExamSessionRepository sessionRepository;

    /** Every version of every decision on a candidate, by session (personal data). */
    public List<CandidateDeliberation> decisionsOfCandidate(long candidateId) {
        return em.createQuery("from CandidateDeliberation where candidateId = ?1 order by sessionId, version",
                CandidateDeliberation.class).setParameter(1, candidateId).getResultList();
    }

    /** A candidate's appeals, every session (personal data). */
    public List<Appeal> appealsOfCandidate(long candidateId) {
        return em.createQuery("from Appeal where candidateId = ?1 order by receivedOn, id", Appeal.class)
                .setParameter(1, candidateId).getResultList();
    }

    /** The incidents that name one of the candidate's enrolments (personal data). */
    public List<SessionIncident> incidentsOfCandidate(long candidateId) {
        List<Long> enrolments = em.createQuery("select e.id from Enrolment e where e.candidate.id = ?1", Long.class)
                .setParameter(1, candidateId).getResultList();
        return enrolments.isEmpty() ? List.of()
                : em.createQuery("from SessionIncident where enrolmentId in ?1 order by reportedAt, id",
                SessionIncident.class).setParameter(1, enrolments).getResultList();
    }

    /** The sessions whose decisions or appeals have no hash yet (the chain's backfill). */
    public List<Long> sessionsWithoutHash() {
        java.util.Set<Long> all = new java.util.TreeSet<>(em.createQuery(
                "select distinct sessionId from CandidateDeliberation where hash is null", Long.class).getResultList());
        all.addAll(em.createQuery("select distinct sessionId from Appeal where hash is null", Long.class)
                .getResultList());
        return List.copyOf(all);
    }

    /** The decision in force of each enrolment of the session, by enrolment id. */
    public Map<Long, CandidateDeliberation> currentOf(long sessionId) {
        return em.createQuery("from CandidateDeliberation where sessionId = :s and current = true",
                        CandidateDeliberation.class).setParameter("s", sessionId).getResultStream()
                .collect(Collectors.toMap(d -> d.enrolmentId, Function.identity()));
    }

    public Optional<CandidateDeliberation> currentOfEnrolment(long enrolmentId) {
        return em.createQuery("from CandidateDeliberation where enrolmentId = :e and current = true",
                        CandidateDeliberation.class).setParameter("e", enrolmentId).getResultStream().findFirst();
    }

    /** Every version of an enrolment's decision, oldest first. */
    public List<CandidateDeliberation> historyOf(long enrolmentId) {
        return em.createQuery("from CandidateDeliberation where enrolmentId = :e order by version",
                CandidateDeliberation.class).setParameter("e", enrolmentId).getResultList();
    }

    public Optional<CandidateDeliberation> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(CandidateDeliberation.class, id));
    }

    public int lastVersion(long enrolmentId) {
        Integer v = em.createQuery("select max(version) from CandidateDeliberation where enrolmentId = :e",
                Integer.class).setParameter("e", enrolmentId).getSingleResult();
        return v == null ? 0 : v;
    }

    public List<SessionIncident> incidentsOf(long sessionId) {
        return em.createQuery("from SessionIncident where sessionId = :s order by reportedAt, id",
                SessionIncident.class).setParameter("s", sessionId).getResultList();
    }

    public List<PvSignature> signaturesOf(long sessionId, String contentHash) {
        return em.createQuery("from PvSignature where sessionId = :s and contentHash = :h order by signedAt, id",
                PvSignature.class).setParameter("s", sessionId).setParameter("h", contentHash).getResultList();
    }

    public List<PvSignature> allSignaturesOf(long sessionId) {
        return em.createQuery("from PvSignature where sessionId = :s order by signedAt, id", PvSignature.class)
                .setParameter("s", sessionId).getResultList();
    }

    public Optional<SessionPv> pvOf(long sessionId) {
        return Optional.ofNullable(em.find(SessionPv.class, sessionId));
    }

    public List<Appeal> appealsOf(long sessionId) {
        return em.createQuery("from Appeal where sessionId = :s order by recordedAt, id", Appeal.class)
                .setParameter("s", sessionId).getResultList();
    }

    public Optional<Appeal> appeal(long sessionId, long appealId) {
        return Optional.ofNullable(em.find(Appeal.class, appealId)).filter(a -> a.sessionId == sessionId);
    }

    /** One link of the session's deliberation chain: a deliberation version or an appeal. */
    public record ChainEntry(java.time.Instant at, int kind, long id, CandidateDeliberation deliberation,
                             Appeal appeal) {
        public String previousHash() {
            return deliberation != null ? deliberation.previousHash : appeal.previousHash;
        }

        public String hash() {
            return deliberation != null ? deliberation.hash : appeal.hash;
        }

        public String recomputedHash() {
            return deliberation != null ? DeliberationChain.hash(deliberation.previousHash, deliberation)
                    : DeliberationChain.hash(appeal.previousHash, appeal);
        }
    }

    /** The deliberation chain of a session in the order it was written (time, then appeals before decisions). */
    public List<ChainEntry> chainOf(long sessionId) {
        java.util.ArrayList<ChainEntry> entries = new java.util.ArrayList<>();
        em.createQuery("from CandidateDeliberation where sessionId = :s", CandidateDeliberation.class)
                .setParameter("s", sessionId).getResultStream()
                .forEach(d -> entries.add(new ChainEntry(d.decidedAt, 1, d.id, d, null)));
        appealsOf(sessionId).forEach(a -> entries.add(new ChainEntry(a.recordedAt, 0, a.id, null, a)));
        entries.sort(java.util.Comparator.comparing(ChainEntry::at).thenComparingInt(ChainEntry::kind)
                .thenComparingLong(ChainEntry::id));
        return entries;
    }

    /** The hash at the head of the session's deliberation chain. */
    public String chainHead(long sessionId) {
        List<ChainEntry> chain = chainOf(sessionId);
        return chain.isEmpty() || chain.getLast().hash() == null ? fr.titrepro.shared.audit.LinkHash.GENESIS
                : chain.getLast().hash();
    }

    /**
     * The head to append after, read while holding the session's row lock: two jurors deciding at once append one
     * after the other instead of forking the chain. Set the link's time after this call.
     */
    public String lockedHead(long sessionId) {
        sessionRepository.lockRow(sessionId);
        record Head(java.time.Instant at, int kind, long id, String hash) {
        }
        java.util.ArrayList<Head> heads = new java.util.ArrayList<>();
        for (String[] table : new String[][]{{"candidate_deliberation", "decided_at", "1"},
                {"appeal", "recorded_at", "0"}}) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + table[1] + ", id, hash FROM " + table[0]
                    + " WHERE session_id = ?1 ORDER BY " + table[1] + " DESC, id DESC LIMIT 1 FOR UPDATE")
                    .setParameter(1, sessionId).getResultList();
            for (Object[] r : rows) {
                heads.add(new Head(instant(r[0]), Integer.parseInt(table[2]), ((Number) r[1]).longValue(),
                        (String) r[2]));
            }
        }
        return heads.stream().max(java.util.Comparator.comparing(Head::at).thenComparingInt(Head::kind)
                        .thenComparingLong(Head::id)).map(Head::hash)
                .orElse(fr.titrepro.shared.audit.LinkHash.GENESIS);
    }

    private static java.time.Instant instant(Object value) {
        return switch (value) {
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.LocalDateTime l -> l.atZone(java.time.ZoneId.systemDefault()).toInstant();
            case java.time.Instant i -> i;
            default -> throw new IllegalStateException("Horodatage illisible : " + value);
        };
    }

    public List<Long> sessionsWithChain() {
        return em.createQuery("select distinct sessionId from CandidateDeliberation", Long.class).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
