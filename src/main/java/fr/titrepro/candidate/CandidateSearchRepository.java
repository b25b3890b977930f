package fr.titrepro.candidate;

import fr.titrepro.candidate.CandidateSearchTerms.Driver;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.shared.web.SeekCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The candidate search by words, for a centre or the administration (issue 14), read through index ranges whatever
 * the distribution of the names. Left to itself, MariaDB read the names' index in the list's order
 * ({@code ORDER BY birth_name, first_names, id LIMIT 21}) hoping to meet 21 matches early, and checked every candidate
 * of the country for a rare combination in a big centre (« LEGRAND Pierre », minutes on the national database). Here:
 * <ol>
 *   <li>each word, each birth date, the centre, and the first two words together (« MARTIN Pierre »: the birth names
 *   starting with MARTIN, each with the first names starting with Pierre) select a set of ids through index ranges
 *   (a « driver »); each range is first counted up to {@value #PROBE_LIMIT} entries (index only, one statement);</li>
 *   <li>when the smallest set holds at most {@value #SMALL_SET} ids, only its candidates are read, checked and
 *   ordered (« set » plan), and counted up to {@value #COUNT_CAP};</li>
 *   <li>otherwise, when a word's matches outside the birth name are few (« MARTIN » alone: no first name, no usage
 *   name starts with it), a window of {@value #WINDOW} entries of its birth names is read in the list's order from
 *   the names' index and merged with those few (« merge » plan; not counted), when that window gives a full page;</li>
 *   <li>otherwise the names' index is read in order, a window of {@value #WINDOW} entries (« window » plan); when the
 *   window gives less than a page, the set plan reads the smallest set.</li>
 * </ol>
 * The count stops at {@value #COUNT_CAP} (« plus de 1 000 »), and is not made by the merge and window plans (every word
 * frequent: counting would read them all). EXPLAIN and rows read are checked on a seeded distribution with a very
 * common name by {@code CandidateSearchPlansTest}.
 */
@ApplicationScoped
public class CandidateSearchRepository {

    static final int SMALL_SET = 4_000;
    /** Past the small set's size a range's exact count does not matter: it is counted up to this. */
    static final int PROBE_LIMIT = SMALL_SET + 1;
    static final int COUNT_CAP = Paged.COUNT_CAP;
    static final int WINDOW = 4000;
    static final int BIRTH_NAMES = 100;
    private static final String ORDER = " ORDER BY c.birth_name, c.first_names, c.id";

    @Inject
    EntityManager em;

    public Paged<Candidate> search(String text, Long centreId, int page, int size, SeekCursor after) {
        CandidateSearchTerms terms = CandidateSearchTerms.of(text, centreId);
        int offset = after == null ? page * size : 0;
        Map<String, Object> parameters = terms.parameters();
        List<Driver> all = terms.drivers(birthNames(terms, parameters), parameters);
        // with two words, the pair (its narrow ranges), the centre and the dates are counted first: the words' own
        // ranges, wide by nature, are counted only when none of these is small
        List<Driver> first = terms.words().size() < 2 ? all : all.stream().filter(d -> d.word() == null).toList();
        List<SizedDriver> drivers = new ArrayList<>(probe(first, parameters));
        Optional<SizedDriver> smallest = smallest(drivers);
        if (first.size() < all.size() && smallest.map(d -> d.size() > SMALL_SET).orElse(true)) {
            drivers.addAll(probe(all.stream().filter(d -> d.word() != null).toList(), parameters));
            smallest = smallest(drivers);
        }
        if (smallest.isPresent() && smallest.get().size() <= SMALL_SET) {
            SizedDriver set = smallest.get();
            // a set made mostly of one range of the names' index (« MARTIN Pierre »: the MARTIN named Pierre) is
            // read in the list's order, stopping at the page's end, rather than read whole and sorted
            Optional<Integer> dominant = set.dominantOrderedPart(offset + size + 1);
            Optional<List<Long>> ordered = dominant
                    .flatMap(part -> mergePage(terms, parameters, set, part, after, offset, size + 1));
            // that range alone holds more matches than are counted (« MARTIN Pierre » for the administration: 2,500):
            // « plus de 1 000 » without reading them (10 ms of the search's 17 on the national volume)
            long count = ordered.isPresent() && terms.saidBy(set.driver()) && set.parts().get(dominant.get()) > COUNT_CAP
                    ? COUNT_CAP + 1 : countIn(terms, parameters, set.driver());
            return paged(ordered.orElseGet(() -> setPage(terms, parameters, set.driver(), after, offset, size + 1)),
                    page, size, count);
        }
        Optional<SizedDriver> merged = mergeable(drivers);
        Optional<List<Long>> mergedPage = merged.flatMap(word -> mergePage(terms, parameters, word, 0, after, offset,
                size + 1));
        if (mergedPage.isPresent()) {
            return paged(mergedPage.get(), page, size, -1);
        }
        // a word's window tried in vain: its matches are sparse there, the smallest set is read
        List<Long> window = merged.isPresent() ? List.of() : windowPage(terms, parameters, after, offset, size + 1);
        if (window.size() > size || smallest.isEmpty()) {
            // without words: the centre's list (its follows) or every candidate, counted up to the cap
            long count = terms.hasWords() ? -1 : smallest.map(d -> countIn(terms, parameters, d.driver()))
                    .orElseGet(() -> countAll(terms, parameters));
            return paged(window, page, size, count);
        }
        Driver driver = smallest.get().driver();
        return paged(setPage(terms, parameters, driver, after, offset, size + 1), page, size,
                countIn(terms, parameters, driver));
    }

    /**
     * The birth names each of the first two words starts, when the search has two words at least (for the pair's
     * narrow ranges): a loose scan of the names' index, at most {@value #BIRTH_NAMES} names a word (null: more).
     */
    private List<List<String>> birthNames(CandidateSearchTerms terms, Map<String, Object> parameters) {
        if (terms.words().size() < 2) {
            return List.of();
        }
        List<List<String>> names = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
        // every candidate's names, also for a centre (a superset of its own): MariaDB reads them by a loose scan of
        // ix_candidate_names (a few hundred entries), while it reads each entry of the centre's range of
        // ix_follow_centre_names (1,300 for « MARTIN » in the biggest centre)
        String sql = "(SELECT 0, birth_name FROM candidate WHERE birth_name LIKE :w0 ESCAPE '!' GROUP BY birth_name "
                + "LIMIT " + (BIRTH_NAMES + 1) + ") UNION ALL (SELECT 1, birth_name FROM candidate WHERE birth_name "
                + "LIKE :w1 ESCAPE '!' GROUP BY birth_name LIMIT " + (BIRTH_NAMES + 1) + ")";
        for (Object[] row : rows(sql, parameters)) {
            names.get(((Number) row[0]).intValue()).add((String) row[1]);
        }
        return names.stream().map(n -> n.size() > BIRTH_NAMES ? null : n).toList();
    }

    /** Each part of every driver counted up to {@link #PROBE_LIMIT} (index only, one statement). */
    private List<SizedDriver> probe(List<Driver> drivers, Map<String, Object> parameters) {
        if (drivers.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder();
        int part = 0;
        for (Driver d : drivers) {
            for (String range : d.parts()) {
                sql.append(part == 0 ? "" : " UNION ALL ").append("SELECT ").append(part)
                        .append(", COUNT(*) FROM (").append(range).append(" LIMIT ").append(PROBE_LIMIT)
                        .append(") p").append(part);
                part++;
            }
        }
        Map<Integer, Long> counts = rows(sql.toString(), parameters).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).intValue(), r -> ((Number) r[1]).longValue()));
        List<SizedDriver> sized = new ArrayList<>();
        part = 0;
        for (Driver d : drivers) {
            List<Long> parts = new ArrayList<>();
            for (int i = 0; i < d.parts().size(); i++, part++) {
                parts.add(counts.getOrDefault(part, 0L));
            }
            sized.add(new SizedDriver(d, List.copyOf(parts)));
        }
        return sized;
    }

    /** The smallest driver of the search (none: no word, no centre). */
    Optional<SizedDriver> smallest(List<SizedDriver> drivers) {
        SizedDriver best = null;
        for (SizedDriver d : drivers) {
            // at the probe's limit the sizes are unknown: the centre then, bounded by the centre's size
            boolean centreAtLimit = d.driver().parts().getFirst().equals(CandidateSearchTerms.CENTRE)
                    && best != null && d.size() >= PROBE_LIMIT && best.size() >= PROBE_LIMIT;
            if (best == null || d.size() < best.size() || centreAtLimit) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The word whose matches outside the birth name are fewest, when they are at most {@link #SMALL_SET}: its birth
     * names are then read in the list's order from the names' index, those few others beside (« merge » plan).
     */
    private Optional<SizedDriver> mergeable(List<SizedDriver> drivers) {
        SizedDriver best = null;
        long fewest = Long.MAX_VALUE;
        for (SizedDriver d : drivers) {
            long besides = d.size() - d.parts().getFirst();
            if (d.driver().word() != null && besides < fewest) {
                best = d;
                fewest = besides;
            }
        }
        return fewest <= SMALL_SET ? Optional.of(best) : Optional.empty();
    }

    /**
     * Ids of a page of the merge plan, or empty when its window does not reach the page's end: the next
     * {@link #WINDOW} entries of an ordered part (a range of the names' index: a word's birth names, or the birth names
     * of one word with the first names of the other) from the cursor, checked, merged with the driver's other parts
     * (small sets, checked and ordered). Every match ordered before the window's last entry is in one of the two, so
     * the page is right when the window gives a full page or holds the whole part.
     */
    private Optional<List<Long>> mergePage(CandidateSearchTerms terms, Map<String, Object> p, SizedDriver driver, int part,
                                           SeekCursor after, int offset, int rows) {
        int end = offset + rows;
        String range = SizedDriver.rangeOf(driver.driver().parts().get(part));
        // the part's entries (a centre's: among its follows), from its index alone (no candidate row read): when the
        // part says all the search says (« MARTIN » alone, or the two words of « MARTIN Pierre »), the page's end is
        // enough; otherwise a window, checked below
        boolean sufficient = terms.saidBy(driver.driver());
        int limit = sufficient ? end : offset + WINDOW;
        List<Long> entries = ids(terms.inNamesOrder(range, after, p, limit), p);
        List<Long> window = entries.isEmpty() ? List.of() : ids("SELECT c.id FROM candidate c WHERE c.id IN ("
                + joined(entries) + ") AND " + terms.where() + ORDER + " LIMIT " + end, p);
        // every entry of the part from the cursor was read
        boolean whole = entries.size() < limit;
        if (window.size() < end && !whole) {
            return Optional.empty();
        }
        List<String> besides = driver.others(part);
        if (besides.isEmpty()) {
            return Optional.of(window.subList(Math.min(offset, window.size()), window.size()));
        }
        String others = "SELECT STRAIGHT_JOIN c.id, c.birth_name, c.first_names FROM (" + String.join(" UNION ",
                besides) + ") m" + terms.joinFollowed("m") + " WHERE "
                + terms.where() + (after == null ? "" : " AND " + CandidateSearchTerms.after("c", after, p)) + ORDER
                + " LIMIT " + end;
        String found = window.isEmpty() ? others : "(SELECT c.id, c.birth_name, c.first_names FROM candidate c WHERE "
                + "c.id IN (" + joined(window) + ")) UNION (" + others + ")";
        return Optional.of(ids("SELECT id FROM (" + found + ") u ORDER BY birth_name, first_names, id LIMIT " + rows
                + " OFFSET " + offset, p));
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Ids of a page among the driver's candidates (STRAIGHT_JOIN: the set first, never the names' index). */
    private List<Long> setPage(CandidateSearchTerms terms, Map<String, Object> p, Driver driver, SeekCursor after,
                               int offset, int rows) {
        String keyset = after == null ? "" : " AND " + CandidateSearchTerms.after("c", after, p);
        return ids("SELECT STRAIGHT_JOIN c.id FROM (" + driver.union() + ") m" + terms.joinFollowed("m")
                + " WHERE " + terms.where() + keyset + ORDER
                + " LIMIT " + rows + " OFFSET " + offset, p);
    }

    /** How many of the driver's candidates match, counted up to {@link #COUNT_CAP} + 1. */
    private long countIn(CandidateSearchTerms terms, Map<String, Object> p, Driver driver) {
        return count("(" + driver.union() + ") m" + terms.joinFollowed("m"), terms, p);
    }

    /** Every candidate not erased (the administration's list without words), counted up to {@link #COUNT_CAP} + 1. */
    private long countAll(CandidateSearchTerms terms, Map<String, Object> p) {
        return count("candidate c", terms, p);
    }

    private long count(String from, CandidateSearchTerms terms, Map<String, Object> p) {
        return ((Number) query("SELECT COUNT(*) FROM (SELECT STRAIGHT_JOIN 1 FROM " + from + " WHERE " + terms.where()
                + " LIMIT " + (COUNT_CAP + 1) + ") x", p).getSingleResult()).longValue();
    }

    /** Ids of a page among the next {@link #WINDOW} entries of the names' index (from the cursor). */
    private List<Long> windowPage(CandidateSearchTerms terms, Map<String, Object> p, SeekCursor after, int offset,
                                  int rows) {
        // a centre's window is of its own follows (their copy of the names): no follow to check after it
        return ids("SELECT STRAIGHT_JOIN c.id FROM (" + terms.inNamesOrder(null, after, p, offset + WINDOW)
                + ") w JOIN candidate c ON c.id = w.id WHERE " + terms.where() + ORDER
                + " LIMIT " + rows + " OFFSET " + offset, p);
    }

    /** The page of these ids (one more than {@code size}: another page follows), counted up to {@link #COUNT_CAP}. */
    private Paged<Candidate> paged(List<Long> ids, int page, int size, long count) {
        Map<Long, Candidate> loaded = ids.isEmpty() ? Map.of() : em.createQuery(
                        "select c from Candidate c where c.id in :ids", Candidate.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Candidate> rows = ids.stream().map(loaded::get).toList();
        return Paged.ofRowsCountedTo(COUNT_CAP, rows, page, size, count,
                c -> SeekCursor.of(c.identity.birthName, c.identity.firstNames, c.id));
    }

    private List<Long> ids(String sql, Map<String, Object> parameters) {
        return rows(sql, parameters).stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        List<?> found = query(sql, parameters).getResultList();
        return found.stream().map(r -> r instanceof Object[] a ? a : new Object[]{r}).toList();
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query q = em.createNativeQuery(sql);
        // only the parameters this statement names (Hibernate refuses the others)
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                q.setParameter(name, value);
            }
        });
        return q;
    }
}
