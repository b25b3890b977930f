package fr.titrepro.scoring;

/**
 * The decision on a competency, a CCP or a CCS: acquired or not (DOMAIN: « the decision per competency and per CCP
 * is acquired / not acquired »; no mark, no compensation between CCPs). One word for one idea (issue 17): a juror's
 * proposal in their grid, the decision agreed at reconciliation and the jury's decision in deliberation are the same
 * acquired / not acquired; what differs is who decides, which the records that hold it say.
 */
public enum Verdict {
    ACQUIRED("Acquis"),
    NOT_ACQUIRED("Non acquis");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Verdict parse(String s) {
        if (s == null) {
            return null;
        }
        for (Verdict v : values()) {
            if (v.name().equalsIgnoreCase(s.strip())) {
                return v;
            }
        }
        return null;
    }
}
