package fr.titrepro.insights;

import fr.titrepro.deliberation.pv.PvValidated;
import fr.titrepro.document.Region;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * Keeps the dashboard's aggregates (docs/insights.md): when the administration validates a PV (first validation or
 * rectification), the session's rows are rewritten in the same transaction, so the figures never disagree with
 * the validated PV; {@link #rebuild()} rewrites every validated session's rows (existing data, repair).
 */
@ApplicationScoped
public class InsightRefresher {

    static final int BATCH = 200;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    SessionFactsRepository facts;

    @Inject
    InsightRepository insights;

    @Inject
    InsightCellRepository cells;

    /** Runs inside the validation's transaction (synchronous observer of {@code PvService}'s event). */
    void onValidation(@Observes PvValidated event) {
        refresh(event.sessionId());
    }

    /**
     * Rewrites the session's rows, then sums again the cells they left and joined (a rectified PV validated in
     * another quarter moves the session) with their regions' rollups: the second level always equals the sum of the
     * session rows.
     */
    @Transactional
    public void refresh(long sessionId) {
        insights.afterOneFlush(() -> {
            Optional<SessionSnapshot> snapshot = snapshot(sessionId);
            Set<InsightCell> touched = new LinkedHashSet<>();
            cells.cellOf(sessionId).ifPresent(touched::add);
            snapshot.map(InsightCell::of).ifPresent(touched::add);
            touched.stream().map(InsightCell::titleVersionId).distinct().forEach(cells::lockTitle);
            insights.deleteSession(sessionId);
            snapshot.ifPresent(insights::write);
            touched.forEach(cells::recompute);
        });
    }

    /**
     * Rewrites the rows of every validated session; returns how many sessions. One transaction per batch of
     * {@value #BATCH} sessions, each session's rows replaced in place (the dashboard keeps its figures meanwhile):
     * a national database (56,000 validated sessions) cannot be rewritten in one transaction (its timeout), nor
     * emptied first. Rows of a session no longer validated are removed at the end; then the cells (second level) of
     * each title version are summed again from the session rows, one transaction per title version.
     */
    public int rebuild() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(facts::validatedSessions);
        int count = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            count += QuarkusTransaction.requiringNew().call(() -> {
                int written = 0;
                for (long id : batch) {
                    insights.deleteSession(id);
                    Optional<SessionSnapshot> snapshot = snapshot(id);
                    snapshot.ifPresent(insights::write);
                    written += snapshot.isPresent() ? 1 : 0;
                }
                return written;
            });
        }
        QuarkusTransaction.requiringNew().run(insights::deleteNotValidated);
        for (long titleVersion : QuarkusTransaction.requiringNew().call(cells::titleVersions)) {
            QuarkusTransaction.requiringNew().run(() -> cells.rebuild(titleVersion));
        }
        return count;
    }

    Optional<SessionSnapshot> snapshot(long sessionId) {
        return facts.header(sessionId).map(h -> {
            List<SessionSnapshot.Count> outcomes = facts.outcomes(sessionId).stream()
                    .map(r -> new SessionSnapshot.Count((String) r[0], SessionFactsRepository.num(r[1]))).toList();
            List<String> decisions = facts.ccpDecisions(sessionId);
            String region = Region.ofPostalCode(h.sitePostalCode()).map(Region::name).orElse(null);
            String label = h.centreName() + " — session du " + h.startDate().format(DAY);
            return new SessionSnapshot(sessionId, h.titleVersionId(), h.centreId(), h.centreName(), region,
                    h.validatedAt().atZone(PARIS).toLocalDate(), label,
                    String.join(", ", facts.juryNames(sessionId)), decisions.size(), outcomes,
                    parts(h, decisions), competencies(sessionId), criteria(sessionId));
        });
    }

    private List<SessionSnapshot.Part> parts(SessionFactsRepository.Header h, List<String> decisions) {
        Map<Integer, String> names = new HashMap<>();
        facts.ccpNames(h.titleVersionId()).forEach(r -> names.put((int) SessionFactsRepository.num(r[0]),
                (String) r[1]));
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        for (String line : decisions) {
            for (String item : line.split(";")) {
                String[] kv = item.split("=");
                if (kv.length != 2 || !kv[0].strip().matches("\\d+|CCS")) {
                    continue; // never fail a PV validation on a decision written otherwise
                }
                String key;
                if (kv[0].equals("CCS")) {
                    key = "CCS-" + h.ccsCode();
                    labels.put(key, "CCS " + h.ccsCode());
                } else {
                    int number = Integer.parseInt(kv[0].strip());
                    key = "CCP" + number;
                    labels.put(key, "CCP " + number + (names.containsKey(number) ? " — " + names.get(number) : ""));
                }
                long[] c = counts.computeIfAbsent(key, k -> new long[2]);
                c[0]++;
                c[1] += kv[1].strip().equals("ACQUIRED") ? 1 : 0;
            }
        }
        return counts.entrySet().stream().map(e -> new SessionSnapshot.Part(e.getKey(), labels.get(e.getKey()),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    private List<SessionSnapshot.Competency> competencies(long sessionId) {
        return facts.competencies(sessionId).stream().map(c -> new SessionSnapshot.Competency(c.partKey(),
                c.competencyKey(), c.label(), c.assessed(), c.acquired())).toList();
    }

    /** Reads each candidate's criterion across the jurors' grids ({@link JuryReadingPolicy}), then counts. */
    private List<SessionSnapshot.Criterion> criteria(long sessionId) {
        Map<String, List<SessionFactsRepository.CriterionScore>> byLine = new LinkedHashMap<>();
        for (SessionFactsRepository.CriterionScore s : facts.criterionScores(sessionId)) {
            byLine.computeIfAbsent(s.enrolmentId() + "|" + s.partKey() + "|" + s.criterionKey(), k -> new ArrayList<>())
                    .add(s);
        }
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, SessionFactsRepository.CriterionScore> first = new HashMap<>();
        for (List<SessionFactsRepository.CriterionScore> line : byLine.values()) {
            SessionFactsRepository.CriterionScore any = line.getFirst();
            JuryReadingPolicy.Reading reading = JuryReadingPolicy.read(line.stream()
                    .map(SessionFactsRepository.CriterionScore::score).toList());
            if (reading == JuryReadingPolicy.Reading.NONE) {
                continue;
            }
            String key = any.partKey() + "|" + any.criterionKey();
            first.putIfAbsent(key, any);
            long[] c = counts.computeIfAbsent(key, k -> new long[4]);
            c[0]++;
            c[1] += reading == JuryReadingPolicy.Reading.NOT_MET ? 1 : 0;
            c[2] += reading == JuryReadingPolicy.Reading.NOT_OBSERVED ? 1 : 0;
            c[3] += reading == JuryReadingPolicy.Reading.DIVERGENT ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> {
            SessionFactsRepository.CriterionScore s = first.get(e.getKey());
            long[] c = e.getValue();
            return new SessionSnapshot.Criterion(s.partKey(), s.criterionKey(), s.competencyKey(), s.text(),
                    s.position(), c[0], c[1], c[2], c[3]);
        }).toList();
    }
}
