package fr.titrepro.shared.audit;

/** The sensitive actions kept in the administration log. */
public enum AdminAction {
    CENTRE_APPROVAL_ADDED("Agrément de centre"),
    JUROR_HABILITATION_ADDED("Habilitation de juré"),
    JUROR_HABILITATION_REMOVED("Retrait d'habilitation de juré"),
    DOCUMENT_REVOKED("Révocation de document"),
    PV_VALIDATED("Validation de PV"),
    PERSON_ERASED("Effacement RGPD"),
    LINK_REQUEST_ANSWERED("Réponse à une demande de suivi"),
    CORRESPONDENCE_TABLE_SAVED("Table de correspondance enregistrée");

    private final String label;

    AdminAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
