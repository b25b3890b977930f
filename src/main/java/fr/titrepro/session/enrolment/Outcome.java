package fr.titrepro.session.enrolment;

import java.util.Set;

/**
 * Result of a session for one candidate, as written in the PV and recorded on the enrolment by the PV validation
 * (null until then). The resit limit counts an attempt whatever its outcome, except EXCUSED (justified absence).
 */
public enum Outcome {
    FULL_SUCCESS("Titre obtenu"),
    PARTIAL_SUCCESS("Réussite partielle"),
    FAILURE("Échec"),
    ABSENT("Absent"),
    EXCUSED("Absent excusé"),
    FRAUD("Fraude"),
    CCS_OBTAINED("CCS obtenu"),
    CCS_NOT_OBTAINED("CCS non obtenu");

    /** Facts recorded as such (attendance, fraud report), never reached or left by a jury override. */
    public static final Set<Outcome> FACTS = Set.of(ABSENT, EXCUSED, FRAUD);
    public static final Set<Outcome> TITLE_RESULTS = Set.of(FULL_SUCCESS, PARTIAL_SUCCESS, FAILURE);
    public static final Set<Outcome> CCS_RESULTS = Set.of(CCS_OBTAINED, CCS_NOT_OBTAINED);

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The name the enrolments' JSON (API, RGPD export) has always given this outcome: {@code SUCCESS} for the title,
     * which the deliberation and the PV call {@code FULL_SUCCESS}; kept so that the public API does not change.
     */
    public String enrolmentCode() {
        return this == FULL_SUCCESS ? "SUCCESS" : name();
    }

    /** {@link #enrolmentCode()} of a possibly absent outcome. */
    public static String enrolmentCode(Outcome outcome) {
        return outcome == null ? null : outcome.enrolmentCode();
    }
}
