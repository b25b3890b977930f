package fr.titrepro.referential.reac;

import java.util.regex.Pattern;

/**
 * Step 1 of the REAC parser: the characters of one line. Ligatures (ﬁ ﬂ …) become their letters, non-breaking,
 * thin and other special spaces become a plain space, soft hyphens and zero-width characters disappear, typographic
 * apostrophes become « ' » (as in the référentiel files), tabs become spaces, and the marks of a Markdown conversion
 * (« ## » headings, ** bold **, hard line breaks) are dropped.
 */
final class CharacterCleanup {

    private static final Pattern SPECIAL_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*{1,3}(?=\\S)|(?<=\\S)\\*{1,3}");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    private CharacterCleanup() {
    }

    static String clean(String line) {
        String s = line.replace("ﬀ", "ff").replace("ﬁ", "fi").replace("ﬂ", "fl").replace("ﬃ", "ffi")
                .replace("ﬄ", "ffl").replace("ﬅ", "st").replace("ﬆ", "st");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPECIAL_SPACES.matcher(s).replaceAll(" ");
        s = s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'').replace("''", "'");
        s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
        s = MARKDOWN_EMPHASIS.matcher(s).replaceAll("");
        s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        return RUNS_OF_SPACES.matcher(s).replaceAll(" ").strip();
    }
}
