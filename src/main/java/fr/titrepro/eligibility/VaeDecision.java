package fr.titrepro.eligibility;

/** The recevabilité (admissibility) decision on a VAE application. */
public enum VaeDecision {
    RECEVABLE("Recevable"), NON_RECEVABLE("Non recevable");

    private final String label;

    VaeDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
