package fr.titrepro.candidate;

import fr.titrepro.shared.persistence.LikePattern;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.shared.web.SeekCursor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate search read once (issue 14): each word of the text is a birth date or the start of a birth name, usage
 * name, first names, reference or e-mail; the centre that follows the candidates (null: every centre). Writes the
 * SQL conditions of the search over {@code candidate c} and the sets of candidate ids each word (or the centre)
 * selects through its index ranges — the « drivers » a search may start from.
 */
record CandidateSearchTerms(List<String> prefixes, List<LocalDate> dates, Long centreId) {

    /** The columns a word may start, each with an index of its own (V3_1, V14_2_1). */
    static final List<String> COLUMNS = List.of("birth_name", "usage_name", "first_names", "reference", "email");

    static CandidateSearchTerms of(String text, Long centreId) {
        List<String> prefixes = new ArrayList<>();
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
                    prefixes.add(LikePattern.startingWith(word));
                }
            }
        }
        return new CandidateSearchTerms(List.copyOf(prefixes), List.copyOf(dates), centreId);
    }

    boolean hasWords() {
        return !prefixes.isEmpty() || !dates.isEmpty();
    }

    /** The values of the named parameters the SQL below uses. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < prefixes.size(); i++) {
            p.put("w" + i, prefixes.get(i));
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
     * The join of {@code candidate c} to the centre's follow of it (one row at most: its primary key), or nothing. A
     * join, not EXISTS: MariaDB turns EXISTS into a semi-join and may read every follow of the centre first.
     */
    String followJoin() {
        return centreId == null ? "" : " JOIN candidate_follow f ON f.candidate_id = c.id AND f.centre_id = :centre";
    }

    /** Every other condition of the search on {@code candidate c}. */
    String where() {
        StringBuilder w = new StringBuilder("c.erased_at IS NULL");
        for (int i = 0; i < prefixes.size(); i++) {
            int word = i;
            w.append(" AND (").append(String.join(" OR ", COLUMNS.stream()
                    .map(col -> "c." + col + " LIKE :w" + word + " ESCAPE '!'").toList())).append(')');
        }
        for (int i = 0; i < dates.size(); i++) {
            w.append(" AND c.birth_date = :d").append(i);
        }
        return w.toString();
    }

    /** Rows of {@code alias} after the cursor in the names' order (birth name, first names, id), with its parameters. */
    static String after(String alias, SeekCursor cursor, Map<String, Object> parameters) {
        parameters.put("kb", cursor.value(0));
        parameters.put("kf", cursor.value(1));
        parameters.put("ki", cursor.longValue(2));
        return ("(%1$s.birth_name > :kb OR (%1$s.birth_name = :kb AND (%1$s.first_names > :kf "
                + "OR (%1$s.first_names = :kf AND %1$s.id > :ki))))").formatted(alias);
    }

    /**
     * The sets of ids a search may start from, each a union of index ranges: one per word (its five columns, or its
     * birth date), and the centre's follows. Each part is a range of one index; {@link Driver#parts} say which.
     */
    List<Driver> drivers() {
        List<Driver> drivers = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            int word = i;
            drivers.add(new Driver(COLUMNS.stream()
                    .map(col -> "SELECT id FROM candidate WHERE " + col + " LIKE :w" + word + " ESCAPE '!'").toList()));
        }
        for (int i = 0; i < dates.size(); i++) {
            drivers.add(new Driver(List.of("SELECT id FROM candidate WHERE birth_date = :d" + i)));
        }
        if (centreId != null) {
            drivers.add(new Driver(List.of("SELECT candidate_id AS id FROM candidate_follow WHERE centre_id = :centre")));
        }
        return drivers;
    }

    /** A set of candidate ids: the union of its parts, each a range of an index. */
    record Driver(List<String> parts) {

        String union() {
            return String.join(" UNION ", parts);
        }
    }
}
