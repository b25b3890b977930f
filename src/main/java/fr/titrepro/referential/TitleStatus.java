package fr.titrepro.referential;

/** Life of a title version: in force, extended, replaced by a revision, or closed. */
public enum TitleStatus {
    ACTIVE("En vigueur"),
    EXTENDED("Prorogé"),
    REVISED("Révisé"),
    CLOSED("Clos");

    private final String label;

    TitleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
