package fr.titrepro.eligibility;

import java.util.List;

/** One page of applications (0-based page number). */
public record ApplicationPage(List<VaeApplication> items, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    /** 1-based, for people. */
    public int displayPage() {
        return page + 1;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
