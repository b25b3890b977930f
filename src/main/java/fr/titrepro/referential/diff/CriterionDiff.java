package fr.titrepro.referential.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The criteria of a competency followed from one millésime to the next: kept, reworded, added, removed. Pure. */
final class CriterionDiff {

    private CriterionDiff() {
    }

    static List<VersionDiff.CriterionChange> between(List<String> olds, List<String> news) {
        double[][] scores = new double[olds.size()][news.size()];
        for (int i = 0; i < olds.size(); i++) {
            for (int j = 0; j < news.size(); j++) {
                scores[i][j] = TextSimilarity.sameWording(olds.get(i), news.get(j)) ? 1
                        : TextSimilarity.similarity(olds.get(i), news.get(j));
            }
        }
        List<GreedyMatching.Pair> pairs = GreedyMatching.match(scores, VersionDiff.CRITERION_THRESHOLD);
        List<VersionDiff.CriterionChange> changes = new ArrayList<>();
        for (int j = 0; j < news.size(); j++) {
            int index = j;
            Optional<GreedyMatching.Pair> pair = pairs.stream().filter(p -> p.to() == index).findFirst();
            if (pair.isEmpty()) {
                changes.add(new VersionDiff.CriterionChange(Change.ADDED, null, news.get(j), 0));
            } else {
                String old = olds.get(pair.get().from());
                changes.add(new VersionDiff.CriterionChange(TextSimilarity.sameWording(old, news.get(j))
                        ? Change.KEPT : Change.REWORDED, old, news.get(j), VersionDiff.round(pair.get().score())));
            }
        }
        for (int i = 0; i < olds.size(); i++) {
            int index = i;
            if (pairs.stream().noneMatch(p -> p.from() == index)) {
                changes.add(new VersionDiff.CriterionChange(Change.REMOVED, olds.get(i), null, 0));
            }
        }
        return changes;
    }

    static List<VersionDiff.CriterionChange> added(List<String> criteria) {
        return criteria.stream().map(t -> new VersionDiff.CriterionChange(Change.ADDED, null, t, 0)).toList();
    }

    static List<VersionDiff.CriterionChange> removed(List<String> criteria) {
        return criteria.stream().map(t -> new VersionDiff.CriterionChange(Change.REMOVED, t, null, 0)).toList();
    }
}
