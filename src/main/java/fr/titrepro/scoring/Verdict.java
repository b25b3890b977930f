package fr.titrepro.scoring;

/** A decision on a competency or a CCP: acquired or not. No compensation between CCPs. */
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
