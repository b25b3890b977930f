package fr.titrepro.deliberation;

/** What a session certifies: the whole title, some of its CCPs, or a CCS. */
public enum SessionKind {
    TITLE("Session titre"),
    CCP("Session CCP"),
    CCS("Session CCS");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
