package fr.titrepro.referential.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs items of an old list with items of a new list, best score first, each item at most once, only above a
 * threshold. Ties go to the pair that comes first in both lists (REAC order), so that the result is stable. Pure.
 */
final class GreedyMatching {

    /** A pair: index in the old list, index in the new list, and its score. */
    record Pair(int from, int to, double score) {
    }

    private GreedyMatching() {
    }

    static List<Pair> match(double[][] scores, double threshold) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores[i].length; j++) {
                if (scores[i][j] >= threshold) {
                    candidates.add(new Pair(i, j, scores[i][j]));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(p -> Math.abs(p.from() - p.to())).thenComparingInt(Pair::from));
        boolean[] fromUsed = new boolean[scores.length];
        boolean[] toUsed = new boolean[scores.length == 0 ? 0 : scores[0].length];
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : candidates) {
            if (!fromUsed[p.from()] && !toUsed[p.to()]) {
                fromUsed[p.from()] = true;
                toUsed[p.to()] = true;
                pairs.add(p);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::to));
        return pairs;
    }
}
