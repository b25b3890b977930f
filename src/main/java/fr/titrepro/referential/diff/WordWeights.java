package fr.titrepro.referential.diff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words weighted by how rare they are in the texts compared (inverse document frequency): « réseau » or
 * « intervenir » appear in most competencies of a network title and say little, « autocommutateur » says a lot. The
 * cosine of two weighted word counts is 1 for the same words and 0 for none in common. Pure.
 */
final class WordWeights {

    private final Map<String, Double> idf = new HashMap<>();
    private final double unknown;

    WordWeights(Collection<String> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        documents.forEach(d -> TextSimilarity.words(d).forEach(w -> frequency.merge(w, 1, Integer::sum)));
        int n = Math.max(1, documents.size());
        frequency.forEach((w, df) -> idf.put(w, Math.log(1.0 + (double) n / df)));
        unknown = Math.log(1.0 + n);
    }

    double cosine(String a, String b) {
        Map<String, Double> x = vector(a);
        Map<String, Double> y = vector(b);
        double dot = 0;
        for (Map.Entry<String, Double> e : x.entrySet()) {
            dot += e.getValue() * y.getOrDefault(e.getKey(), 0.0);
        }
        double norm = Math.sqrt(squares(x.values()) * squares(y.values()));
        return norm == 0 ? 0 : dot / norm;
    }

    private Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String word : TextSimilarity.tokens(text)) {
            v.merge(word, idf.getOrDefault(word, unknown), Double::sum);
        }
        return v;
    }

    private static double squares(Collection<Double> values) {
        return values.stream().mapToDouble(d -> d * d).sum();
    }

    static WordWeights of(List<String> documents) {
        return new WordWeights(documents);
    }
}
