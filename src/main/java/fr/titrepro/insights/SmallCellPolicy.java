package fr.titrepro.insights;

/**
 * Small-cell suppression and rates of the dashboard (issue 19; docs/insights.md « Secret statistique »): a figure
 * computed from fewer than {@value #MIN_CANDIDATES} candidates is not shown, so that no one can single out a
 * candidate (the threshold the issue sets; the official statistics apply the same kind of rule to small cells). A
 * rate is a percentage with one decimal, rounded half up. Pure.
 */
public final class SmallCellPolicy {

    public static final int MIN_CANDIDATES = 10;
    public static final String SUPPRESSED_LABEL = "< 10 candidats";

    private SmallCellPolicy() {
    }

    /** {@code count} of {@code candidates} candidates; suppressed under the threshold. */
    public static Figure figure(long count, long candidates) {
        return figure(count, candidates, candidates);
    }

    /** {@code count} of {@code total} items (criterion lines…) of {@code candidates} candidates. */
    public static Figure figure(long count, long total, long candidates) {
        if (count < 0 || total < 0 || candidates < 0 || count > total) {
            throw new IllegalArgumentException(count + " / " + total + " (" + candidates + " candidats)");
        }
        if (candidates < MIN_CANDIDATES || total == 0) {
            return new Figure(null, null, null, null, true);
        }
        return new Figure(count, total, candidates, rate(count, total), false);
    }

    /** Percentage with one decimal, half up: 1 of 3 → 33.3, 2 of 3 → 66.7, 1 of 8 → 12.5. */
    static double rate(long count, long total) {
        return Math.round(count * 1000.0 / total) / 10.0;
    }
}
