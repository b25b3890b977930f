package fr.titrepro.referential;

/**
 * What a session certifies: the whole title, some of its CCPs, or a CCS. The one word for it (issue 17): the
 * session's column, the enrolment eligibility rules and the deliberation rules all use this enum. It lives in the
 * référentiel because a session certifies the référentiel's units and every capability may depend on it.
 */
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
