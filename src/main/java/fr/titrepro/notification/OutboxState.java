package fr.titrepro.notification;

/** Where a queued message stands. */
public enum OutboxState {
    /** Waiting for its next attempt. */
    PENDING("En attente"),
    /** Claimed by a sender, being handed to the SMTP server. */
    SENDING("En cours d'envoi"),
    SENT("Envoyé"),
    /** Given up after the last attempt, or interrupted during a send: an administrator decides whether to retry. */
    DEAD("En échec"),
    /** Never sent: no address known, or a reminder its recipient turned off. */
    SKIPPED("Non envoyé");

    private final String label;

    OutboxState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
