package fr.titrepro.referential.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two French texts of a REAC are: the Dice coefficient of their sets of significant words (lower case,
 * without accents, ligatures or punctuation, short words and common French words dropped, a plural « s »/« x »
 * removed). 1 = the same words, 0 = none in common. Used to follow a competency or a criterion from one millésime to
 * the next when its number or its wording changed. Pure.
 */
public final class TextSimilarity {

    private static final Set<String> STOP_WORDS = Set.of("les", "des", "une", "aux", "par", "pour", "sur", "dans",
            "avec", "sans", "est", "sont", "qui", "que", "leur", "leurs", "son", "ses", "ces", "cet", "cette", "etc",
            "afin", "lors", "selon", "entre", "ainsi", "tout", "tous", "toute", "toutes", "ou", "et", "en", "de", "du",
            "la", "le", "un", "au", "a", "il", "elle", "on", "se", "sa", "ne", "pas", "plus", "ete", "faire", "fait");

    private TextSimilarity() {
    }

    /** The significant words of a text, normalised. */
    public static Set<String> words(String text) {
        return new LinkedHashSet<>(tokens(text));
    }

    /** The significant words of a text, normalised, in order and with repeats. */
    static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String plain = Normalizer.normalize(text.toLowerCase(Locale.FRENCH)
                        .replace("œ", "oe").replace("æ", "ae").replace('\u00a0', ' ').replace('’', '\''),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        for (String token : plain.split("[^a-z0-9]+")) {
            String word = stem(token);
            if (word.length() > 2 && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Dice coefficient of the significant words: 2·|A∩B| / (|A|+|B|); 0 when both are empty. */
    public static double similarity(String a, String b) {
        return dice(words(a), words(b));
    }

    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }

    /** True when the two texts say the same thing in the same words (case, accents and spacing aside). */
    public static boolean sameWording(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String text) {
        return text == null ? "" : String.join(" ", Normalizer.normalize(text.toLowerCase(Locale.FRENCH)
                .replace("œ", "oe").replace('\u00a0', ' ').replace('’', '\''), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").split("[^a-z0-9']+")).strip();
    }

    private static String stem(String token) {
        if (token.length() > 4 && (token.endsWith("s") || token.endsWith("x"))) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }
}
