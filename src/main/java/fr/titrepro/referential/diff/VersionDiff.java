package fr.titrepro.referential.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What changed from one version of a title to another (two millésimes of a code, or a title and the title that
 * replaced it): CCPs, competencies and criteria kept, renamed, reworded, moved to another CCP, merged, added or
 * removed. Competencies are followed by what they say, not by their number: the similarity of their names and of
 * their content (description and criteria) as {@link TextSimilarity} measures it, the same number being only a hint.
 * Words are weighted by their rarity in the two versions ({@link WordWeights}), so that the vocabulary every
 * competency of the title shares counts little. A CCP's successor is the new CCP that received most of its competencies. Pure.
 *
 * @param ccps         one line per old CCP (its successor, or REMOVED), then the new CCPs that succeed none (ADDED)
 * @param competencies the new competencies in REAC order (matched or ADDED), then the old ones that left (REMOVED)
 */
public record VersionDiff(String fromCode, String fromVersion, String toCode, String toVersion,
                          List<CcpChange> ccps, List<CompetencyChange> competencies) {

    /** Below this score two competencies are not the same one. */
    static final double COMPETENCY_THRESHOLD = 0.15;
    /** The share of the names in a competency's score; the rest is its whole text (name, description, criteria). */
    static final double NAME_WEIGHT = 0.4;
    /** Below this score two criteria are not the same one. */
    static final double CRITERION_THRESHOLD = 0.4;
    /** A CCP whose competencies all left follows a new CCP of a name at least this close. */
    static final double CCP_NAME_THRESHOLD = 0.5;
    /** The same REAC number adds this much: a hint, never enough alone. */
    static final double SAME_NUMBER_HINT = 0.02;

    public VersionDiff {
        ccps = List.copyOf(ccps);
        competencies = List.copyOf(competencies);
    }

    /** @param similarity of the names, 0–1 (1 for an ADDED or REMOVED line is never given: 0) */
    public record CcpChange(Change change, Integer fromNumber, String fromName, Integer toNumber, String toName,
                            double similarity) {
        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    /**
     * @param change     MOVED when the competency left its CCP's successor (it may be renamed too), else RENAMED,
     *                   KEPT, ADDED or REMOVED
     * @param similarity the matching score, 0–1
     */
    public record CompetencyChange(Change change, boolean renamed, boolean moved, Integer fromNumber, String fromName,
                                   Integer fromCcp, Integer toNumber, String toName, Integer toCcp, double similarity,
                                   List<CriterionChange> criteria) {
        public CompetencyChange {
            criteria = List.copyOf(criteria);
        }

        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    /** @param change KEPT (same wording), REWORDED, ADDED or REMOVED */
    public record CriterionChange(Change change, String fromText, String toText, double similarity) {
        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    private record Located(int ccp, Outline.CompetencyOutline competency) {
    }

    public static VersionDiff between(Outline from, Outline to) {
        List<Located> olds = located(from);
        List<Located> news = located(to);
        WordWeights weights = WordWeights.of(java.util.stream.Stream.concat(olds.stream(), news.stream())
                .map(l -> l.competency().name() + " " + l.competency().content()).toList());
        double[][] scores = new double[olds.size()][news.size()];
        for (int i = 0; i < olds.size(); i++) {
            for (int j = 0; j < news.size(); j++) {
                scores[i][j] = competencyScore(weights, olds.get(i).competency(), news.get(j).competency());
            }
        }
        List<GreedyMatching.Pair> pairs = GreedyMatching.match(scores, COMPETENCY_THRESHOLD);
        Map<Integer, Integer> successors = successors(from, to, pairs, olds, news);
        return new VersionDiff(from.code(), from.version(), to.code(), to.version(),
                ccpChanges(from, to, successors), competencyChanges(olds, news, pairs, successors));
    }

    /** Old CCP number → the new CCP number that succeeds it (absent: the CCP was removed). */
    public SortedMap<Integer, Integer> successors() {
        SortedMap<Integer, Integer> map = new TreeMap<>();
        ccps.stream().filter(c -> c.fromNumber() != null && c.toNumber() != null)
                .forEach(c -> map.put(c.fromNumber(), c.toNumber()));
        return map;
    }

    /** The old CCPs whose competencies went (at least one) to this new CCP. */
    public SortedSet<Integer> contributors(int newCcp) {
        return competencies.stream().filter(c -> c.fromCcp() != null && Objects.equals(c.toCcp(), newCcp))
                .map(CompetencyChange::fromCcp).collect(Collectors.toCollection(TreeSet::new));
    }

    public long count(Change change) {
        return competencies.stream().filter(c -> c.change() == change).count();
    }

    static double competencyScore(WordWeights weights, Outline.CompetencyOutline a, Outline.CompetencyOutline b) {
        if (TextSimilarity.sameWording(a.name(), b.name())) {
            return 1;
        }
        double name = weights.cosine(a.name(), b.name());
        double content = weights.cosine(a.name() + " " + a.content(), b.name() + " " + b.content());
        double hint = a.number() == b.number() ? SAME_NUMBER_HINT : 0;
        return Math.min(1, NAME_WEIGHT * name + (1 - NAME_WEIGHT) * content + hint);
    }

    private static List<Located> located(Outline outline) {
        return outline.ccps().stream()
                .flatMap(c -> c.competencies().stream().map(k -> new Located(c.number(), k))).toList();
    }

    private static Map<Integer, Integer> successors(Outline from, Outline to, List<GreedyMatching.Pair> pairs,
                                                    List<Located> olds, List<Located> news) {
        Map<Integer, Integer> successors = new TreeMap<>();
        for (Outline.CcpOutline old : from.ccps()) {
            Map<Integer, Double> weight = new TreeMap<>();
            pairs.stream().filter(p -> olds.get(p.from()).ccp() == old.number())
                    .forEach(p -> weight.merge(news.get(p.to()).ccp(), 1 + p.score(), Double::sum));
            Optional<Integer> best = weight.entrySet().stream()
                    .max(Comparator.<Map.Entry<Integer, Double>>comparingDouble(Map.Entry::getValue)
                            .thenComparing(e -> -Math.abs(e.getKey() - old.number())))
                    .map(Map.Entry::getKey);
            if (best.isEmpty()) {
                best = to.ccps().stream()
                        .filter(n -> TextSimilarity.similarity(old.name(), n.name()) >= CCP_NAME_THRESHOLD)
                        .max(Comparator.comparingDouble(n -> TextSimilarity.similarity(old.name(), n.name())))
                        .map(Outline.CcpOutline::number);
            }
            best.ifPresent(n -> successors.put(old.number(), n));
        }
        return successors;
    }

    private static List<CcpChange> ccpChanges(Outline from, Outline to, Map<Integer, Integer> successors) {
        List<CcpChange> changes = new ArrayList<>();
        for (Outline.CcpOutline old : from.ccps()) {
            Integer next = successors.get(old.number());
            if (next == null) {
                changes.add(new CcpChange(Change.REMOVED, old.number(), old.name(), null, null, 0));
                continue;
            }
            Outline.CcpOutline target = ccp(to, next);
            long sharing = successors.values().stream().filter(next::equals).count();
            Change change = sharing > 1 ? Change.MERGED
                    : TextSimilarity.sameWording(old.name(), target.name()) ? Change.KEPT : Change.RENAMED;
            changes.add(new CcpChange(change, old.number(), old.name(), target.number(), target.name(),
                    round(TextSimilarity.similarity(old.name(), target.name()))));
        }
        to.ccps().stream().filter(n -> !successors.containsValue(n.number()))
                .forEach(n -> changes.add(new CcpChange(Change.ADDED, null, null, n.number(), n.name(), 0)));
        return changes;
    }

    private static List<CompetencyChange> competencyChanges(List<Located> olds, List<Located> news,
                                                            List<GreedyMatching.Pair> pairs,
                                                            Map<Integer, Integer> successors) {
        List<CompetencyChange> changes = new ArrayList<>();
        for (int j = 0; j < news.size(); j++) {
            Located n = news.get(j);
            int index = j;
            Optional<GreedyMatching.Pair> pair = pairs.stream().filter(p -> p.to() == index).findFirst();
            if (pair.isEmpty()) {
                changes.add(new CompetencyChange(Change.ADDED, false, false, null, null, null,
                        n.competency().number(), n.competency().name(), n.ccp(), 0,
                        CriterionDiff.added(n.competency().criteria())));
                continue;
            }
            Located o = olds.get(pair.get().from());
            boolean moved = !Objects.equals(successors.get(o.ccp()), n.ccp());
            boolean renamed = !TextSimilarity.sameWording(o.competency().name(), n.competency().name());
            changes.add(new CompetencyChange(moved ? Change.MOVED : renamed ? Change.RENAMED : Change.KEPT, renamed,
                    moved, o.competency().number(), o.competency().name(), o.ccp(), n.competency().number(),
                    n.competency().name(), n.ccp(), round(pair.get().score()),
                    CriterionDiff.between(o.competency().criteria(), n.competency().criteria())));
        }
        for (int i = 0; i < olds.size(); i++) {
            int index = i;
            if (pairs.stream().noneMatch(p -> p.from() == index)) {
                Located o = olds.get(i);
                changes.add(new CompetencyChange(Change.REMOVED, false, false, o.competency().number(),
                        o.competency().name(), o.ccp(), null, null, null, 0,
                        CriterionDiff.removed(o.competency().criteria())));
            }
        }
        return changes;
    }

    private static Outline.CcpOutline ccp(Outline outline, int number) {
        return outline.ccps().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
