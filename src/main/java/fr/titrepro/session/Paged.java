package fr.titrepro.session;

import java.util.List;

/** One page of a list: the items, the page number (from 0), its size and the total count. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Page number as shown, from 1. */
    public int number() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
