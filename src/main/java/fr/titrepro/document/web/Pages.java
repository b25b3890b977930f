package fr.titrepro.document.web;

/** Where a paginated list stands, for the pages' « précédent / suivant » links. */
public record Pages(int page, int size, long total, String baseUrl) {

    static Pages of(int page, int size, long total, String baseUrl) {
        int last = total == 0 ? 0 : (int) ((total - 1) / size);
        return new Pages(Math.clamp(page, 0, last), size, total, baseUrl);
    }

    public int from() {
        return (int) Math.min(total, (long) page * size);
    }

    public int to() {
        return (int) Math.min(total, (long) (page + 1) * size);
    }

    /** The page number as people count (from 1). */
    public int number() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return to() < total;
    }

    public String previousUrl() {
        return baseUrl + "page=" + (page - 1);
    }

    public String nextUrl() {
        return baseUrl + "page=" + (page + 1);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total - 1) / size) + 1;
    }
}
