package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step 2 of the REAC parser: the page furniture. Removes page numbers (« 12/34 », « Page 3 », « - 7 - ») and the
 * headers and footers repeated on every page: a line that comes back at least three times once its digits are ignored
 * and that looks like furniture (a page number « 3/34 », « Page », « REAC », « version »: the cartouche and its column
 * titles). A sentence repeated in the body (the same criterion in two sheets, the same regulation in every activity
 * sheet) does not look like furniture and is kept.
 */
final class PageFurnitureFilter {

    static final int MIN_REPEATS = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:page\\s*)?[-–—]?\\s*\\d{1,3}\\s*(?:(?:/|sur)\\s*\\d{1,3})?\\s*[-–—]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FURNITURE_HINT = Pattern.compile(
            "\\d+\\s*/\\s*\\d+|\\bpage\\b|\\bREAC\\b|\\bversion\\b|©", Pattern.CASE_INSENSITIVE);

    /** @param kept the text without furniture; removed: the furniture, in order (the identity reader reads it) */
    record Result(List<SourceLine> kept, List<SourceLine> removed) {
    }

    private PageFurnitureFilter() {
    }

    static Result filter(List<SourceLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (SourceLine line : lines) {
            if (!line.isBlank()) {
                counts.merge(mask(line.text()), 1, Integer::sum);
            }
        }
        Set<Integer> furniture = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.isBlank()) {
                continue;
            }
            boolean repeated = counts.get(mask(text)) >= MIN_REPEATS;
            if (PAGE_NUMBER.matcher(text).matches() || repeated && FURNITURE_HINT.matcher(text).find()) {
                furniture.add(i);
            }
        }
        List<SourceLine> kept = new ArrayList<>();
        List<SourceLine> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            (furniture.contains(i) ? removed : kept).add(lines.get(i));
        }
        return new Result(kept, removed);
    }

    private static String mask(String text) {
        return DIGITS.matcher(Fold.key(text)).replaceAll("#");
    }
}
