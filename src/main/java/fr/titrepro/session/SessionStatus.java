package fr.titrepro.session;

/** Lifecycle of a session; the allowed moves are in {@link SessionLifecyclePolicy}. */
public enum SessionStatus {
    DRAFT("Brouillon"),
    SCHEDULED("Programmée"),
    IN_PROGRESS("En cours"),
    DELIBERATION("En délibération"),
    CLOSED("Close"),
    VALIDATED("Validée"),
    CANCELLED("Annulée");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Nothing of the session may change any more (results are final, or the session did not take place). */
    public boolean isFrozen() {
        return this == CLOSED || this == VALIDATED || this == CANCELLED;
    }

    /** Enrolments, jury and dates can still be changed. */
    public boolean isPlanning() {
        return this == DRAFT || this == SCHEDULED;
    }
}
