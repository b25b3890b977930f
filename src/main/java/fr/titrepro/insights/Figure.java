package fr.titrepro.insights;

import java.util.Locale;

/**
 * One figure of the dashboard: {@code count} of {@code total} as a percentage, with the number of
 * {@code candidates} behind it (the same as {@code total} when candidates are counted; more lines than candidates
 * for the jury agreement). Count, total, candidates and rate are null and {@code suppressed} true when fewer than
 * 10 candidates are behind it ({@link SmallCellPolicy}).
 */
public record Figure(Long count, Long total, Long candidates, Double rate, boolean suppressed) {

    /** The text a page or an export shows: « 42,5 % » or « < 10 candidats ». */
    public String display() {
        return suppressed ? SmallCellPolicy.SUPPRESSED_LABEL : String.format(Locale.FRANCE, "%.1f %%", rate);
    }
}
