package fr.titrepro.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: no main class over 300 lines, no method over 60 (docs/architecture.md, « Size limits »).
 *
 * <p>Measured on the source, not on the bytecode: a line number table ignores the signature and the closing brace
 * and puts each lambda in a method of its own, so a 100-line method written as one lambda would pass. Here a file's
 * length is its number of lines, and a method's (or constructor's, or initializer's) length runs from the line of its
 * opening brace to the line of its closing brace, lambdas and anonymous classes inside it included. The scan skips
 * comments, strings, character literals and text blocks, and tells a member body (a brace opened directly in a type
 * body, after anything but an {@code =} or {@code ->}) from a type body ({@code class}, {@code interface},
 * {@code enum}, {@code record}) and from any other block.
 *
 * <p>{@link #ALLOWED} lists the classes another piece of work owns right now, each with its reason; it is to be
 * emptied, never grown.
 */
class SizeLimitsTest {

    static final int MAX_FILE_LINES = 300;
    static final int MAX_METHOD_LINES = 60;
    static final Path MAIN = Path.of("src/main/java");

    /** Source files (relative to src/main/java) exempt for now, with why. */
    static final Map<String, String> ALLOWED = Map.of();

    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+");
    private static final Pattern NAME = Pattern.compile("(\\w+)\\s*\\(");

    record Member(String name, int firstLine, int lastLine) {
        int length() {
            return lastLine - firstLine + 1;
        }
    }

    @Test
    void noMainSourceFileIsOverThreeHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainSources()) {
            int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            if (lines > MAX_FILE_LINES && !allowed(file)) {
                tooLong.add(MAIN.relativize(file) + " : " + lines + " lignes");
            }
        }
        assertThat(tooLong).as("classes over " + MAX_FILE_LINES + " lines: split them by responsibility").isEmpty();
    }

    @Test
    void noMainMethodIsOverSixtyLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainSources()) {
            if (allowed(file)) {
                continue;
            }
            for (Member m : members(Files.readString(file, StandardCharsets.UTF_8))) {
                if (m.length() > MAX_METHOD_LINES) {
                    tooLong.add(MAIN.relativize(file) + ":" + m.firstLine() + " " + m.name() + " : " + m.length()
                            + " lignes");
                }
            }
        }
        assertThat(tooLong).as("methods over " + MAX_METHOD_LINES + " lines").isEmpty();
    }

    /** The scan itself can fail: it measures a method, ignores braces in text, and sees through nested types. */
    @Test
    void theScanMeasuresMethodsAndIgnoresBracesInText() {
        String source = """
                class A {
                    // a { in a comment
                    static final String S = "{ in a string";
                    int[] numbers = {1, 2};
                    void small() {
                        char c = '{';
                        Runnable r = () -> {
                            System.out.println("}");
                        };
                    }
                    static final class B {
                        String block() {
                            return \"""
                                    { a text block
                                    \""";
                        }
                    }
                }
                """;
        assertThat(members(source)).containsExactly(new Member("small", 5, 10), new Member("block", 12, 16));
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static boolean allowed(Path file) {
        return ALLOWED.containsKey(MAIN.relativize(file).toString().replace('\\', '/'));
    }

    private enum Kind { TYPE, MEMBER, BLOCK }

    private record Open(Kind kind, int line, String name) {
    }

    /** Every member body of the source, in the order they close. */
    static List<Member> members(String src) {
        List<Member> members = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        StringBuilder header = new StringBuilder();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2) + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                line += count(src, i, end + 3);
                header.append("\"\"");
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                header.append("\"\"");
                i = j + 1;
            } else {
                if (c == '\n') {
                    line++;
                    header.append(' ');
                } else if (c == '{') {
                    open.push(opened(header.toString().strip(), open.peek(), line));
                    header.setLength(0);
                } else if (c == '}') {
                    Open o = open.pop();
                    if (o.kind() == Kind.MEMBER) {
                        members.add(new Member(o.name(), o.line(), line));
                    }
                    header.setLength(0);
                } else if (c == ';') {
                    header.setLength(0);
                } else {
                    header.append(c);
                }
                i++;
            }
        }
        return members;
    }

    private static Open opened(String header, Open parent, int line) {
        boolean inType = parent == null || parent.kind() == Kind.TYPE;
        boolean expression = header.contains("=") || header.contains("->") || header.endsWith("new")
                || header.matches(".*\\bnew\\s+[\\w.<>, ]+\\(.*\\)$") && !inType;
        if (TYPE.matcher(header).find() && !expression && (inType || !header.contains("("))) {
            return new Open(Kind.TYPE, line, header);
        }
        if (parent != null && parent.kind() == Kind.TYPE && !expression && !header.isEmpty()) {
            Matcher m = NAME.matcher(header);
            String name = header;
            while (m.find()) {
                name = m.group(1);
                boolean annotation = m.start() > 0 && header.charAt(m.start() - 1) == '@';
                if (!annotation && !Set.of("if", "for", "while", "switch", "catch", "synchronized").contains(name)) {
                    break;
                }
            }
            return new Open(Kind.MEMBER, line, name);
        }
        return new Open(Kind.BLOCK, line, header);
    }

    private static int count(String src, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
