package fr.titrepro.security.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hostile {@code application/x-www-form-urlencoded} bodies for the pages' forms: the field names the templates
 * really post (read from src/main/resources/templates) with values of the wrong type, out of range, huge, bad dates,
 * markup, formulas; fields missing, repeated, thousands of them; and bodies that are not form encoding at all
 * (a lone « % », broken escapes, invalid UTF-8). Seeded: the same bodies on every run.
 */
final class MalformedForms {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"{}]*(?:\\{[^}]*}[^\"{}]*)*)\"");
    /** Issue 17: the name given to a field tag ({#fieldInput … name='person.birthName' …}). */
    private static final Pattern TAG_NAME = Pattern.compile("\\{#field\\w+ [^\\n]*?name='([^']+)'");
    /** A field tag of a VAE row ({#fieldInput … name=row.name('organisation') …}). */
    private static final Pattern ROW_NAME = Pattern.compile("name=row\\.name\\('(\\w+)'\\)");
    static final List<String> FIELDS = fieldNames();
    static final List<String> VALUES = List.of("", " ", "abc", "-1", "0", "2147483648", "99999999999999999999999",
            "1e999999", "NaN", "-0.5", "true", "null", "31/02/2026", "2026-02-30", "2026-13-01", "0000-00-00",
            "9999-12-31", "01/01/0001", "2026-02-30T25:61", "32/13/2026", "ACQUIRED", "NOT_A_VALUE", "PT-1H",
            "<script>alert(1)</script>", "=HYPERLINK(\"http://evil.test\")", "' OR 1=1 --", "\u0000", "\r\n\t",
            "é".repeat(300), "x".repeat(70_000), "🎓".repeat(50), "../../etc/passwd", "%00", "١٢٣");
    /** Not form encoding: escapes cut or invalid, invalid UTF-8 after decoding, separators only. */
    static final List<String> RAW = List.of("%", "%Z", "%ZZ=1", "a=%", "a=%E0%A4", "a=%C3%28", "=&=&=", "&&&&",
            "=x", "a", "%FF%FE%00%00=%80", "a=1;b=2", "\u0000=\u0000");

    private MalformedForms() {
    }

    static List<String> bodies(long seed, int generated) {
        Random random = new Random(seed);
        List<String> bodies = new ArrayList<>(RAW);
        bodies.add("");
        // every field with one hostile value, then random subsets
        bodies.add(form(FIELDS.stream().map(f -> pair(f, VALUES.get(random.nextInt(VALUES.size())))).toList()));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            many.append(i == 0 ? "" : "&").append("f").append(i).append("=1");
        }
        bodies.add(many.toString());
        for (int i = 0; i < generated; i++) {
            int n = 1 + random.nextInt(8);
            List<String> pairs = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                String field = random.nextInt(10) == 0 ? "champ" + random.nextInt(100)
                        : FIELDS.get(random.nextInt(FIELDS.size()));
                pairs.add(pair(field, VALUES.get(random.nextInt(VALUES.size()))));
                if (random.nextInt(6) == 0) {
                    // the same field twice
                    pairs.add(pair(field, VALUES.get(random.nextInt(VALUES.size()))));
                }
            }
            bodies.add(form(pairs));
        }
        return bodies;
    }

    private static String pair(String field, String value) {
        return URLEncoder.encode(field, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String form(List<String> pairs) {
        return String.join("&", pairs);
    }

    private static List<String> fieldNames() {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                Matcher tag = TAG_NAME.matcher(text);
                while (tag.find()) {
                    names.add(tag.group(1));
                }
                Matcher row = ROW_NAME.matcher(text);
                while (row.find()) {
                    for (String list : List.of("experiences", "previousApplications")) {
                        for (String index : List.of("0", "2147483648", "-1")) {
                            names.add(list + "[" + index + "]." + row.group(1));
                        }
                    }
                }
                Matcher m = NAME.matcher(text);
                while (m.find()) {
                    // a name built from data (experiences[{row.idx}].role, decision_{c.key}): a real index, and
                    // indexes no list has
                    names.add(m.group(1).replaceAll("\\{[^}]*}", "0"));
                    if (m.group(1).contains("[{")) {
                        names.add(m.group(1).replaceAll("\\{[^}]*}", "2147483648"));
                        names.add(m.group(1).replaceAll("\\{[^}]*}", "-1"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // fields built by the templates from data (one per CCP, competency, criterion…)
        names.addAll(List.of("ccp_1", "ccp_2", "decision_CCP", "reason_CCP", "decision_C1", "reason_C1"));
        return List.copyOf(names);
    }
}
