package fr.titrepro.deliberation;

/** The jury's decision on one CCP (or on a CCS): no mark, no compensation. */
public enum CcpDecision {
    ACQUIRED("Acquis"),
    NOT_ACQUIRED("Non acquis");

    private final String label;

    CcpDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
