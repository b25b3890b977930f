package fr.titrepro.document;

/** A document is valid until a newer version supersedes it or an admin revokes it; nothing is deleted. */
public enum DocumentStatus {
    VALID("Valide"),
    SUPERSEDED("Remplacé par une version plus récente"),
    REVOKED("Révoqué");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
