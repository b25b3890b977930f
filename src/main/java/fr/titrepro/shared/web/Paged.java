package fr.titrepro.shared.web;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by staff (RGPD: never the whole table at once). {@code page} counts from 0. {@code next},
 * when the list pages by keyset ({@link SeekCursor}), is where the following page starts (null on the last page): pass
 * it back as {@code after}. {@code totalCapped}: the count stopped at {@code total} (a search matching more rows than
 * is worth counting, issue 14: « plus de 1 000 résultats »); {@code totalPages} is then -1.
 */
public record Paged<T>(List<T> items, int page, int size, long total, int totalPages, String next,
                       boolean totalCapped) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Lists too large to count whole stop counting past this many rows (issue 14: « plus de 1 000 »). */
    public static final int COUNT_CAP = 1000;

    public static <T> Paged<T> of(List<T> items, int page, int size, long total) {
        return new Paged<>(List.copyOf(items), page, size, total, (int) ((total + size - 1) / size), null, false);
    }

    /** A page of a list counted up to {@code cap} only: more than {@code cap} rows match. */
    public static <T> Paged<T> capped(List<T> items, int page, int size, long cap) {
        return new Paged<>(List.copyOf(items), page, size, cap, -1, null, true);
    }

    /**
     * A page read by keyset from {@code rows}, one row more than {@code size} when another page follows (the query
     * asked for {@code size + 1}): the extra row is dropped and {@code next} is the cursor of the last row shown.
     * {@code total} -1: not counted.
     */
    public static <T> Paged<T> ofRows(List<T> rows, int page, int size, long total, Function<T, SeekCursor> cursor) {
        boolean more = rows.size() > size;
        List<T> shown = more ? rows.subList(0, size) : rows;
        Paged<T> paged = total < 0 ? uncounted(shown, page, size) : of(shown, page, size, total);
        return paged.withNext(more ? cursor.apply(shown.getLast()) : null);
    }

    /**
     * A page read by keyset from {@code rows} ({@link #ofRows}) of a list counted up to {@code cap} + 1: past
     * {@code cap}, the page says only that more than {@code cap} rows match ({@link #capped}) and keeps its
     * {@code next}. {@code count} -1: not counted.
     */
    public static <T> Paged<T> ofRowsCountedTo(long cap, List<T> rows, int page, int size, long count,
                                              Function<T, SeekCursor> cursor) {
        if (count <= cap) {
            return ofRows(rows, page, size, count, cursor);
        }
        Paged<T> shown = ofRows(rows, page, size, -1, cursor);
        return capped(shown.items(), page, size, cap).withNextEncoded(shown.next());
    }

    /** A page of a list too large to count (total and totalPages -1): only its keyset {@code next} says what follows. */
    public static <T> Paged<T> uncounted(List<T> items, int page, int size) {
        return new Paged<>(List.copyOf(items), page, size, -1, -1, null, false);
    }

    /** Whether {@code total} was counted (to the last row: not {@link #totalCapped}). */
    public boolean counted() {
        return total >= 0 && !totalCapped;
    }

    /** The same page, read by keyset: the next page starts after {@code next} (null: this is the last page). */
    public Paged<T> withNext(SeekCursor next) {
        return new Paged<>(items, page, size, total, totalPages, next == null ? null : next.encode(), totalCapped);
    }

    /** The same page with the {@code next} of another page of the same rows (already encoded). */
    public Paged<T> withNextEncoded(String next) {
        return new Paged<>(items, page, size, total, totalPages, next, totalCapped);
    }

    public boolean hasNextCursor() {
        return next != null;
    }

    /**
     * {@code next} for the templates: Qute resolves a property {@code x} to a method {@code hasX()} as well, so
     * {@code paged.next} gives {@link #hasNext()}.
     */
    public String cursorAfter() {
        return next;
    }

    /** A page number asked in a link, brought back within the list (a stale link never shows an empty page). */
    public static int clamp(int page, int size, long total) {
        int last = total == 0 ? 0 : (int) ((total - 1) / size);
        return Math.clamp(page, 0, last);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, total, totalPages, next, totalCapped);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    /** Page number as people count (1, 2…), for the pages. */
    public int number() {
        return page + 1;
    }

    /** The link of a list page up to its page parameter, keeping the search: "/candidates?query=x&". */
    public static String linkBase(String path, String query) {
        return query == null || query.isBlank() ? path + "?"
                : path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
    }

    /** Refuses a negative page or a size outside 1…{@value #MAX_SIZE}, in French. */
    public static void check(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "Le numéro de page commence à 0."));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "La taille de page doit être comprise entre 1 et " + MAX_SIZE + "."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Pagination invalide.", errors);
        }
    }
}
