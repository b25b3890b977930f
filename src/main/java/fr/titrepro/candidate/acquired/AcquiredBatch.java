package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleVersion;
import org.hibernate.Hibernate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CCPs recorded as held and the titles recorded as obtained by one transaction (issue 16: a PV validation, 300
 * CCPs and 100 titles for a session of 200), gathered while the candidates are applied and written by {@link #store}
 * with one JDBC batch per table instead of one {@code IDENTITY} insert per row. The rows are those
 * {@link HeldCcpService#grant} and {@link ObtainedTitleService#record} write one by one, with the same checks (a CCP
 * held once, a title recorded once). Until {@link #store}, a candidate's CCPs are {@link #held}: those recorded plus
 * those gathered. After it, they are in the candidate's collections as entities, and the gathered objects carry
 * their ids. Not thread-safe: one transaction's.
 */
public final class AcquiredBatch {

    private final AcquiredRepository repository;
    private final List<HeldCcp> held = new ArrayList<>();
    private final List<ObtainedTitle> obtained = new ArrayList<>();

    AcquiredBatch(AcquiredRepository repository) {
        this.repository = repository;
    }

    /** Records, at {@link #store}, that the candidate holds the CCP, granted by the session {@code sessionId}. */
    public HeldCcp grant(Candidate c, Ccp ccp, LocalDate obtainedOn, String place, long sessionId, String recordedBy) {
        if (held(c).stream().anyMatch(h -> h.ccp.id.equals(ccp.id))) {
            throw HeldCcpService.alreadyHeld(ccp);
        }
        HeldCcp h = HeldCcpService.held(c, ccp, obtainedOn, place, sessionId, null, recordedBy);
        held.add(h);
        return h;
    }

    /** The CCPs the candidate holds: recorded, and gathered by this batch. */
    public List<HeldCcp> held(Candidate c) {
        List<HeldCcp> all = new ArrayList<>(c.heldCcps);
        held.stream().filter(h -> h.candidate == c).forEach(all::add);
        return all;
    }

    /**
     * Records, at {@link #store}, that the candidate obtained the title ({@code ccsCode} null) or a CCS granted by the
     * session {@code sessionId}; once only, as {@link ObtainedTitleService#record}.
     */
    public ObtainedTitle obtained(Candidate c, TitleVersion version, String ccsCode, LocalDate obtainedOn,
                                  String place, long sessionId, Integer pvVersion, String recordedBy) {
        Optional<ObtainedTitle> existing = ObtainedTitleService.find(c, version, ccsCode).or(() -> obtained.stream()
                .filter(t -> t.candidate == c && t.titleVersion.id.equals(version.id)
                        && Objects.equals(t.ccsCode, ccsCode)).findFirst());
        if (existing.isPresent()) {
            return existing.get();
        }
        ObtainedTitle t = ObtainedTitleService.obtained(c, version, ccsCode, obtainedOn, place, sessionId, pvVersion,
                recordedBy);
        obtained.add(t);
        return t;
    }

    /**
     * Inserts what was gathered (one batch per table), reads the rows back as entities (one query per table and
     * session) and adds them to their candidates' collections; the gathered objects get their ids.
     */
    public void store() {
        repository.insertHeld(held);
        repository.insertObtained(obtained);
        for (Map.Entry<Long, List<HeldCcp>> session : bySession(held, h -> h.sessionId).entrySet()) {
            Map<String, HeldCcp> stored = repository.heldFromSession(session.getKey(), candidates(session.getValue(),
                    h -> h.candidate)).stream().collect(Collectors.toMap(AcquiredBatch::key, h -> h));
            for (HeldCcp h : session.getValue()) {
                HeldCcp row = found(stored.get(key(h)), "CCP détenu");
                h.id = row.id;
                add(h.candidate.heldCcps, row);
            }
        }
        for (Map.Entry<Long, List<ObtainedTitle>> session : bySession(obtained, t -> t.sessionId).entrySet()) {
            Map<String, ObtainedTitle> stored = repository.obtainedFromSession(session.getKey(),
                    candidates(session.getValue(), t -> t.candidate)).stream()
                    .collect(Collectors.toMap(AcquiredBatch::key, t -> t));
            for (ObtainedTitle t : session.getValue()) {
                ObtainedTitle row = found(stored.get(key(t)), "Titre obtenu");
                t.id = row.id;
                add(t.candidate.obtainedTitles, row);
            }
        }
        held.clear();
        obtained.clear();
    }

    private static <T> Map<Long, List<T>> bySession(List<T> rows, Function<T, Long> session) {
        return rows.stream().collect(Collectors.groupingBy(session));
    }

    private static <T> Set<Long> candidates(List<T> rows, Function<T, Candidate> candidate) {
        return rows.stream().map(r -> candidate.apply(r).id).collect(Collectors.toSet());
    }

    private static String key(HeldCcp h) {
        return h.candidate.id + "/" + h.ccp.id;
    }

    private static String key(ObtainedTitle t) {
        return t.candidate.id + "/" + t.titleVersion.id + "/" + Objects.toString(t.ccsCode, "");
    }

    private static <T> T found(T row, String what) {
        if (row == null) {
            throw new IllegalStateException(what + " inséré introuvable");
        }
        return row;
    }

    /** The entity joins its candidate's collection, if loaded (a collection loaded later reads it from the table). */
    private static <T> void add(List<T> collection, T row) {
        if (Hibernate.isInitialized(collection) && !collection.contains(row)) {
            collection.add(row);
        }
    }

    /** How many rows wait for {@link #store}: CCPs held, titles obtained. */
    public int pending() {
        return held.size() + obtained.size();
    }
}
