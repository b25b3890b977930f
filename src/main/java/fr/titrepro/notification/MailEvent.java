package fr.titrepro.notification;

/**
 * The events that write to someone (docs/notifications.md). A reminder can be turned off by its recipient
 * ({@link NotificationPreference}); convocations, changes, cancellations and results cannot.
 */
public enum MailEvent {
    CONVOCATION("Convocation", false),
    SESSION_CHANGED("Changement de session", false),
    SESSION_CANCELLED("Annulation de session", false),
    SESSION_REMINDER("Rappel de session", true),
    PV_TO_VALIDATE("PV à valider", false),
    RESULT_AVAILABLE("Résultat disponible", false),
    APPEAL_RECEIVED("Recours reçu", false),
    APPEAL_TO_REDELIBERATE("Recours à réexaminer", false),
    APPEAL_OUTCOME("Issue du recours", false),
    VAE_DECISION("Décision de recevabilité VAE", false),
    IMPORT_FINISHED("Import de candidats terminé", false),
    LINK_ANSWERED("Réponse à une demande de rattachement", false),
    /** An operational alert, not a reminder: the juror's reminder preference does not apply. */
    GRIDS_OPEN("Grilles encore ouvertes en fin de journée", false),
    PV_TO_SIGN("PV prêt à signer", false),
    ENROLMENTS_REFUSED("Inscriptions refusées à la programmation", false);

    private final String label;
    private final boolean reminder;

    MailEvent(String label, boolean reminder) {
        this.label = label;
        this.reminder = reminder;
    }

    public String label() {
        return label;
    }

    /** Whether its recipient may turn it off. */
    public boolean reminder() {
        return reminder;
    }
}
