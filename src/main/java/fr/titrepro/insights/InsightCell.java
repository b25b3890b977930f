package fr.titrepro.insights;

import java.time.LocalDate;

/**
 * One cell of the second level of aggregates (migration V19_2_1, docs/insights.md): the validated sessions of a title
 * version, a centre, a quarter of validation and a region of site. {@code region} is {@code ""} for a site of no
 * region (a key cannot be null). The cell's rollup is the same cell for every centre of the region (centre 0).
 */
public record InsightCell(long titleVersionId, long centreId, LocalDate quarterStart, String region) {

    /** The centre id of the rollup rows: every centre of the region. */
    static final long EVERY_CENTRE = 0;

    static InsightCell of(SessionSnapshot s) {
        return new InsightCell(s.titleVersionId(), s.centreId(), Quarter.of(s.validatedOn()).start(),
                s.region() == null ? "" : s.region());
    }

    InsightCell rollup() {
        return new InsightCell(titleVersionId, EVERY_CENTRE, quarterStart, region);
    }
}
