package fr.titrepro.candidate;

import fr.titrepro.candidate.CandidateSearchTerms.Driver;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.shared.web.SeekCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.HashMap;
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
 *   <li>each word, and the centre, selects a set of ids through index ranges (a « driver »); each range is first
 *   counted up to {@value #PROBE_LIMIT} entries (index only, one statement);</li>
 *   <li>when the smallest set holds at most {@value #SMALL_SET} ids, only its candidates are read, checked and
 *   ordered (« set » plan);</li>
 *   <li>otherwise every word is frequent: the names' index is read in order, a window of {@value #WINDOW} entries
 *   (« window » plan: enough when the matches are dense, such as « MARTIN »); when the window gives less than a page,
 *   the set plan reads the smallest set (« LEGRAND Pierre » in a big centre: the LEGRAND).</li>
 * </ol>
 * The count stops at {@value #COUNT_CAP} (« plus de 1 000 »), and is not made when the window plan answered (every word
 * frequent: counting would read them all). EXPLAIN and rows read are checked on a seeded distribution with a very
 * common name by {@code CandidateSearchPlansTest}.
 */
@ApplicationScoped
public class CandidateSearchRepository {

    static final int PROBE_LIMIT = 10_000;
    static final int SMALL_SET = 2_000;
    static final int COUNT_CAP = 1000;
    static final int WINDOW = 4000;
    private static final String ORDER = " ORDER BY c.birth_name, c.first_names, c.id";

    @Inject
    EntityManager em;

    public Paged<Candidate> search(String text, Long centreId, int page, int size, SeekCursor after) {
        CandidateSearchTerms terms = CandidateSearchTerms.of(text, centreId);
        int offset = after == null ? page * size : 0;
        Optional<Sized> smallest = smallest(terms);
        if (smallest.isEmpty() || smallest.get().size() > SMALL_SET) {
            List<Long> window = windowPage(terms, after, offset, size + 1);
            if (window.size() > size || smallest.isEmpty()) {
                // without words: the centre's list (its follows) or every candidate, counted up to the cap
                long count = terms.hasWords() ? -1
                        : smallest.map(d -> countIn(terms, d.driver())).orElseGet(() -> countAll(terms));
                return paged(window, page, size, count);
            }
        }
        Driver driver = smallest.get().driver();
        return paged(setPage(terms, driver, after, offset, size + 1), page, size, countIn(terms, driver));
    }

    /** A driver and the ids its ranges hold, each range counted up to {@link #PROBE_LIMIT}. */
    record Sized(Driver driver, long size) {
    }

    /** The smallest driver of the search (none: no word, no centre). */
    Optional<Sized> smallest(CandidateSearchTerms terms) {
        List<Driver> drivers = terms.drivers();
        if (drivers.isEmpty()) {
            return Optional.empty();
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
        Map<Integer, Long> counts = rows(sql.toString(), terms.parameters()).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).intValue(), r -> ((Number) r[1]).longValue()));
        Sized best = null;
        part = 0;
        for (Driver d : drivers) {
            long total = 0;
            for (int i = 0; i < d.parts().size(); i++, part++) {
                total += counts.getOrDefault(part, 0L);
            }
            // at the probe's limit the sizes are unknown: the centre then, bounded by the centre's size
            boolean centreAtLimit = d == drivers.getLast() && terms.centreId() != null && best != null
                    && total >= PROBE_LIMIT && best.size() >= PROBE_LIMIT;
            if (best == null || total < best.size() || centreAtLimit) {
                best = new Sized(d, total);
            }
        }
        return Optional.of(best);
    }

    /** Ids of a page among the driver's candidates (STRAIGHT_JOIN: the set first, never the names' index). */
    private List<Long> setPage(CandidateSearchTerms terms, Driver driver, SeekCursor after, int offset, int rows) {
        Map<String, Object> p = terms.parameters();
        String keyset = after == null ? "" : " AND " + CandidateSearchTerms.after("c", after, p);
        return ids("SELECT STRAIGHT_JOIN c.id FROM (" + driver.union() + ") m JOIN candidate c ON c.id = m.id"
                + terms.followJoin() + " WHERE " + terms.where() + keyset + ORDER
                + " LIMIT " + rows + " OFFSET " + offset, p);
    }

    /** How many of the driver's candidates match, counted up to {@link #COUNT_CAP} + 1. */
    private long countIn(CandidateSearchTerms terms, Driver driver) {
        return count("(" + driver.union() + ") m JOIN candidate c ON c.id = m.id" + terms.followJoin(), terms);
    }

    /** Every candidate not erased (the administration's list without words), counted up to {@link #COUNT_CAP} + 1. */
    private long countAll(CandidateSearchTerms terms) {
        return count("candidate c", terms);
    }

    private long count(String from, CandidateSearchTerms terms) {
        return ((Number) query("SELECT COUNT(*) FROM (SELECT STRAIGHT_JOIN 1 FROM " + from + " WHERE " + terms.where()
                + " LIMIT " + (COUNT_CAP + 1) + ") x", terms.parameters()).getSingleResult()).longValue();
    }

    /** Ids of a page among the next {@link #WINDOW} entries of the names' index (from the cursor). */
    private List<Long> windowPage(CandidateSearchTerms terms, SeekCursor after, int offset, int rows) {
        Map<String, Object> p = terms.parameters();
        String keyset = after == null ? "" : " WHERE " + CandidateSearchTerms.after("c0", after, p);
        return ids("SELECT STRAIGHT_JOIN c.id FROM (SELECT c0.id FROM candidate c0 FORCE INDEX (ix_candidate_names)"
                + keyset + " ORDER BY c0.birth_name, c0.first_names, c0.id LIMIT " + (offset + WINDOW)
                + ") w JOIN candidate c ON c.id = w.id" + terms.followJoin() + " WHERE " + terms.where() + ORDER
                + " LIMIT " + rows + " OFFSET " + offset, p);
    }

    /** The page of these ids (one more than {@code size}: another page follows), counted up to {@link #COUNT_CAP}. */
    private Paged<Candidate> paged(List<Long> ids, int page, int size, long count) {
        Map<Long, Candidate> loaded = ids.isEmpty() ? Map.of() : em.createQuery(
                        "select c from Candidate c where c.id in :ids", Candidate.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Candidate> rows = ids.stream().map(loaded::get).toList();
        Function<Candidate, SeekCursor> cursor = c -> SeekCursor.of(c.identity.birthName, c.identity.firstNames, c.id);
        if (count > COUNT_CAP) {
            Paged<Candidate> shown = Paged.ofRows(rows, page, size, -1, cursor);
            return Paged.capped(shown.items(), page, size, COUNT_CAP).withNextEncoded(shown.next());
        }
        return Paged.ofRows(rows, page, size, count, cursor);
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
