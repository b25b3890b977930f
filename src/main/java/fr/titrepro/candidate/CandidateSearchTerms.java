package fr.titrepro.candidate;

import fr.titrepro.shared.persistence.LikePattern;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.shared.web.SeekCursor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate search read once (issue 14): each word of the text is a birth date or the start of a birth name, usage
 * name or first names, and also of a reference when it holds a digit or a hyphen (« C-7K2 ») and of an e-mail when it
 * holds « @ » or a dot (« pierre.martin ») — a plain word such as « pierre » is not looked for among the e-mails,
 * which begin with a first name: that range doubled the reads of every search by first name for no other match;
 * the centre that follows the candidates (null: every centre). Writes the SQL conditions of the search over
 * {@code candidate c} and the sets of candidate ids each word (or the centre, or a pair of words) selects through its
 * index ranges — the « drivers » a search may start from. A centre's ranges of names are read among its own follows,
 * which carry their candidates' names ({@link CandidateFollow}, V14_6_1): the centre's namesakes, not the country's.
 */
record CandidateSearchTerms(List<Word> words, List<LocalDate> dates, Long centreId) {

    /** The columns a word may start, each with an index of its own (V3_1, V14_2_1); the birth name first. */
    static final List<String> COLUMNS = List.of("birth_name", "usage_name", "first_names", "reference", "email");
    /** The names' columns: a centre's follows carry them too, with the centre's indexes (V14_6_1). */
    static final Set<String> NAMES = Set.of("birth_name", "usage_name", "first_names");
    /** A range of an index of every candidate. */
    static final String EVERYONE = "SELECT id FROM candidate WHERE ";
    /** A range of an index of the centre's follows, which carry their candidates' names (CandidateFollow). */
    static final String FOLLOWED = "SELECT candidate_id AS id FROM candidate_follow WHERE centre_id = :centre AND ";
    /** Every candidate the centre follows. */
    static final String CENTRE = "SELECT candidate_id AS id FROM candidate_follow WHERE centre_id = :centre";

    /** A word of the search: its LIKE pattern and the columns it may start ({@link #COLUMNS}' order). */
    record Word(String text, String pattern, List<String> columns) {

        static Word of(String text) {
            boolean reference = text.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '-');
            boolean email = text.indexOf('@') >= 0 || text.indexOf('.') >= 0;
            List<String> columns = COLUMNS.stream().filter(col -> switch (col) {
                case "reference" -> reference;
                case "email" -> email;
                default -> true;
            }).toList();
            return new Word(text, LikePattern.startingWith(text), columns);
        }
    }

    static CandidateSearchTerms of(String text, Long centreId) {
        List<Word> words = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                LocalDate date = FrenchDates.parse(word);
                if (date != null) {
                    dates.add(date);
                } else {
                    words.add(Word.of(word));
                }
            }
        }
        return new CandidateSearchTerms(List.copyOf(words), List.copyOf(dates), centreId);
    }

    boolean hasWords() {
        return !words.isEmpty() || !dates.isEmpty();
    }

    /**
     * Whether the entries of a range of {@code driver} are matches, no candidate row read: a word's birth names when
     * the search is that word alone, the pair's ranges when it is these two words — and no word could start an erased
     * person's names (« ANONYME Anonyme », kept on the row; an erased person has no follow).
     */
    boolean saidBy(Driver driver) {
        boolean erased = words.stream()
                .anyMatch(w -> CandidateAnonymiser.NAME.regionMatches(true, 0, w.text(), 0, w.text().length()));
        return dates.isEmpty() && !erased && (driver.word() != null ? words.size() == 1 : words.size() == 2);
    }

    /** The values of the named parameters the SQL below uses. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            p.put("w" + i, words.get(i).pattern());
        }
        for (int i = 0; i < dates.size(); i++) {
            p.put("d" + i, dates.get(i));
        }
        if (centreId != null) {
            p.put("centre", centreId);
        }
        return p;
    }

    /**
     * {@code candidate c} joined after the set of ids {@code alias} and, for a centre, after the centre's follow of
     * each id (one row at most: its primary key): a set's candidate not followed costs a follow's key, not the read of
     * its row. A join, not EXISTS: MariaDB turns EXISTS into a semi-join and may read every follow of the centre first.
     */
    String joinFollowed(String alias) {
        return followOf(alias) + " JOIN candidate c ON c.id = " + alias + ".id";
    }

    /** The centre's follow of each row of {@code alias} (its primary key, no candidate row read), or nothing. */
    String followOf(String alias) {
        return centreId == null ? "" : " JOIN candidate_follow f ON f.candidate_id = " + alias + ".id AND f.centre_id = :centre";
    }

    /**
     * Where a range of names is read: a centre's own follows (their copy of the names, the centre's indexes: a common
     * name costs the centre's namesakes, not the country's), every candidate for the administration.
     */
    String namesFrom() {
        return centreId == null ? EVERYONE : FOLLOWED;
    }

    /** A range of {@code column}: of the centre's follows for a name ({@link #NAMES}), of every candidate otherwise. */
    String range(String column, String condition) {
        return (NAMES.contains(column) ? namesFrom() : EVERYONE) + condition;
    }

    /**
     * The ids of a range of birth names ({@code range}: what follows {@code birth_name}, first names unqualified), in
     * the list's order (birth name, first names, id) from the names' index, after the cursor, at most {@code limit}:
     * the centre's follows ({@code ix_follow_centre_names}) or every candidate ({@code ix_candidate_names}).
     */
    String inNamesOrder(String range, SeekCursor after, Map<String, Object> parameters, int limit) {
        boolean centre = centreId != null;
        String id = centre ? "candidate_id" : "id";
        String from = centre ? "candidate_follow n FORCE INDEX (ix_follow_centre_names) WHERE n.centre_id = :centre AND "
                : "candidate n FORCE INDEX (ix_candidate_names) WHERE ";
        String keyset = after == null ? "" : " AND " + after("n", id, after, parameters);
        return "SELECT n." + id + " AS id FROM " + from + (range == null ? "1 = 1" : "n.birth_name " + range) + keyset
                + " ORDER BY n.birth_name, n.first_names, n." + id + " LIMIT " + limit;
    }

    /** Every other condition of the search on {@code candidate c}. */
    String where() {
        StringBuilder w = new StringBuilder("c.erased_at IS NULL");
        for (int i = 0; i < words.size(); i++) {
            int word = i;
            w.append(" AND (").append(String.join(" OR ", words.get(i).columns().stream()
                    .map(col -> "c." + col + " LIKE :w" + word + " ESCAPE '!'").toList())).append(')');
        }
        for (int i = 0; i < dates.size(); i++) {
            w.append(" AND c.birth_date = :d").append(i);
        }
        return w.toString();
    }

    /** Rows of {@code alias} after the cursor in the names' order (birth name, first names, id), with its parameters. */
    static String after(String alias, SeekCursor cursor, Map<String, Object> parameters) {
        return after(alias, "id", cursor, parameters);
    }

    /** The same, {@code id} naming the candidate's id in {@code alias}. */
    static String after(String alias, String id, SeekCursor cursor, Map<String, Object> parameters) {
        parameters.put("kb", cursor.value(0));
        parameters.put("kf", cursor.value(1));
        parameters.put("ki", cursor.longValue(2));
        return ("(%1$s.birth_name > :kb OR (%1$s.birth_name = :kb AND (%1$s.first_names > :kf "
                + "OR (%1$s.first_names = :kf AND %1$s.%2$s > :ki))))").formatted(alias, id);
    }

    /**
     * The sets of ids a search may start from, each a union of index ranges: one per word (its columns, the birth
     * name first), one per birth date, the centre's follows, and the pair of the first two words. Each part is a range
     * of one index; {@link Driver#parts} say which.
     *
     * @param birthNames the birth names each of the first two words starts (read by a loose scan of the names' index),
     *                   null for a word that starts too many of them
     */
    List<Driver> drivers(List<List<String>> birthNames, Map<String, Object> parameters) {
        List<Driver> drivers = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int word = i;
            drivers.add(new Driver(words.get(i).columns().stream()
                    .map(col -> range(col, col + " LIKE :w" + word + " ESCAPE '!'")).toList(), word));
        }
        for (int i = 0; i < dates.size(); i++) {
            drivers.add(new Driver(List.of(EVERYONE + "birth_date = :d" + i), null));
        }
        if (centreId != null) {
            drivers.add(new Driver(List.of(CENTRE), null));
        }
        if (words.size() >= 2) {
            drivers.add(pair(birthNames, parameters));
        }
        return drivers;
    }

    /**
     * The candidates both first words may match, as narrow ranges (« MARTIN Pierre »: the MARTIN and MARTINEZ named
     * Pierre, not every MARTIN). Whatever the columns the two words start, a match is in one part: a birth name of
     * one and first names of the other, read as a range of the names' index per birth name ({@code birth_name IN
     * (…) AND first_names LIKE …}: both key parts bound the range); both words in the birth name, or both in the
     * first names (one range: MariaDB intersects the two prefixes); or one word in another column (usage name,
     * reference, e-mail), read whole.
     */
    private Driver pair(List<List<String>> birthNames, Map<String, Object> parameters) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int other = 1 - i;
            List<String> names = birthNames.get(i);
            if (names == null) {
                parts.add(namesFrom() + "birth_name LIKE :w" + i + " ESCAPE '!' AND first_names LIKE :w" + other
                        + " ESCAPE '!'");
            } else if (!names.isEmpty()) {
                List<String> keys = new ArrayList<>();
                for (int n = 0; n < names.size(); n++) {
                    parameters.put("b" + i + "_" + n, names.get(n));
                    keys.add(":b" + i + "_" + n);
                }
                parts.add(namesFrom() + "birth_name IN (" + String.join(", ", keys) + ") AND first_names LIKE :w" + other
                        + " ESCAPE '!'");
            }
        }
        for (String col : List.of("birth_name", "first_names")) {
            parts.add(namesFrom() + col + " LIKE :w0 ESCAPE '!' AND " + col + " LIKE :w1 ESCAPE '!'");
        }
        for (int i = 0; i < 2; i++) {
            int word = i;
            words.get(i).columns().stream().filter(col -> !col.equals("birth_name") && !col.equals("first_names"))
                    .forEach(col -> parts.add(range(col, col + " LIKE :w" + word + " ESCAPE '!'")));
        }
        return new Driver(List.copyOf(parts), null);
    }

    /**
     * A set of candidate ids: the union of its parts, each a range of an index. {@code word}: the word whose columns
     * the parts are (its birth name first), null for the other drivers.
     */
    record Driver(List<String> parts, Integer word) {

        String union() {
            return String.join(" UNION ", parts);
        }
    }
}
