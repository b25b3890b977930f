package fr.titrepro.session.enrolment;

/**
 * Result of a candidate at a session, recorded by the deliberation (issue 6). Until then it is null. The resit
 * limit counts an attempt whatever its outcome, except EXCUSED (justified absence).
 */
public enum EnrolmentOutcome {
    SUCCESS("Réussite totale"),
    PARTIAL_SUCCESS("Réussite partielle"),
    FAILURE("Échec"),
    ABSENT("Absent"),
    EXCUSED("Absent excusé"),
    FRAUD("Fraude"),
    CCS_OBTAINED("CCS obtenu"),
    CCS_NOT_OBTAINED("CCS non obtenu");

    private final String label;

    EnrolmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
