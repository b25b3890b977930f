package fr.titrepro.scoring;

public enum GridStatus {
    /** The juror is scoring: nobody else sees this grid. */
    DRAFT("En cours de notation"),
    /** Handed in: frozen; the juror now sees the other jurors' submitted grids (reconciliation). */
    SUBMITTED("Soumise");

    private final String label;

    GridStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
