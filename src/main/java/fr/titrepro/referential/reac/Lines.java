package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How the lines of a REAC make sentences: a line broken in the middle of a sentence, bullets, paragraphs. */
final class Lines {

    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•●▪◦·*»>➢✓]|[eo®](?=\\s+\\p{Lu}))\\s+");
    private static final Pattern INCOMPLETE_END = Pattern.compile(
            "(?:[,;(/-]|\\b(?:et|ou|de|des|du|la|le|les|à|au|aux|en|un|une|sur|par|pour|avec|dans|d'|l'|qu'|que))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Lines() {
    }

    /** Whether {@code next} continues the sentence of {@code previous} (broken line) rather than starting a new one. */
    static boolean continues(String previous, String next) {
        if (previous.isBlank() || next.isBlank()) {
            return false;
        }
        int first = next.codePointAt(0);
        return Character.isLowerCase(first) || INCOMPLETE_END.matcher(previous.strip()).find();
    }

    static String withoutBullet(String line) {
        return BULLET.matcher(line.strip()).replaceFirst("");
    }

    /** Joins broken lines with one space. */
    static String join(String previous, String next) {
        return previous.strip() + " " + next.strip();
    }

    /** A name (of a competency or an activity): its lines joined, without a final full stop. */
    static String name(List<SourceLine> lines) {
        String joined = String.join(" ", lines.stream().map(l -> l.text().strip()).toList()).strip();
        return joined.endsWith(".") && !joined.endsWith("..") ? joined.substring(0, joined.length() - 1).strip() : joined;
    }

    /**
     * Paragraphs separated by a blank line; the lines of a paragraph are joined with a space. A blank line followed by
     * a line that continues the sentence (starting in lower case) does not end the paragraph (page break, OCR).
     */
    static List<String> paragraphs(List<SourceLine> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean blankSeen = false;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                blankSeen = true;
                continue;
            }
            if (current.isEmpty()) {
                current.append(text);
            } else if (blankSeen && !continues(current.toString(), text)) {
                paragraphs.add(current.toString());
                current.setLength(0);
                current.append(text);
            } else {
                current.append(' ').append(text);
            }
            blankSeen = false;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }
}
