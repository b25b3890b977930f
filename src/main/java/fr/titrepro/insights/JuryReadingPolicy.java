package fr.titrepro.insights;

import java.util.Collection;
import java.util.Objects;

/**
 * What the jury's submitted grids say of one performance criterion of one candidate (docs/insights.md « Critères »):
 * the value every juror gave when they agree, {@link Reading#DIVERGENT} when their independent scores differ (the
 * divergence the reconciliation resolved: DOMAIN « Each juror scores independently; divergences are resolved in
 * deliberation »), nothing when no grid scored it. A line left empty by a juror counts as a different value. Pure.
 */
public final class JuryReadingPolicy {

    public enum Reading { MET, NOT_MET, NOT_OBSERVED, DIVERGENT, NONE }

    private JuryReadingPolicy() {
    }

    /** @param scores each submitted grid's score of the criterion: MET, NOT_MET, NOT_OBSERVED or null (empty) */
    public static Reading read(Collection<String> scores) {
        if (scores.isEmpty()) {
            return Reading.NONE;
        }
        long distinct = scores.stream().map(s -> Objects.requireNonNullElse(s, "∅")).distinct().count();
        if (distinct > 1) {
            return Reading.DIVERGENT;
        }
        String value = scores.iterator().next();
        return value == null ? Reading.NONE : Reading.valueOf(value);
    }
}
