package fr.titrepro.session;

/** What a session certifies. */
public enum SessionType {
    /** Session titre: every CCP of the title and the entretien final. */
    TITLE("Session titre"),
    /** Session CCP: the CCPs chosen by the centre (entretien final for a candidate who completes the title). */
    CCP("Session CCP"),
    /** Session CCS: a certificat complémentaire de spécialisation, for holders of the parent title. */
    CCS("Session CCS");

    private final String label;

    SessionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
