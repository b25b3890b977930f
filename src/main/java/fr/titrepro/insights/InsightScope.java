package fr.titrepro.insights;

/**
 * Which sessions a figure sums: a title version, the quarters of validation {@code from}–{@code to}, and at most one
 * of a centre or a region (neither: national).
 */
public record InsightScope(long titleVersionId, Quarter from, Quarter to, Long centreId, String region) {

    public InsightScope withCentre(long centre) {
        return new InsightScope(titleVersionId, from, to, centre, null);
    }

    public InsightScope withRegion(String code) {
        return new InsightScope(titleVersionId, from, to, null, code);
    }

    public InsightScope national() {
        return new InsightScope(titleVersionId, from, to, null, null);
    }
}
