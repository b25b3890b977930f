package fr.titrepro.referential.reac;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folded for matching headings: no accents, upper case, single spaces, straight apostrophes. */
final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {
    }

    static String key(String text) {
        String noAccents = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(noAccents.replace('’', '\'').replace("Œ", "OE").replace("œ", "oe"))
                .replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }

    /** Same words whatever the case, accents, spacing and final full stop. */
    static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    static String words(String text) {
        String k = key(text);
        return k.endsWith(".") ? k.substring(0, k.length() - 1).strip() : k;
    }
}
