package fr.titrepro.scoring.reconciliation;

public enum DecisionScope {
    COMPETENCY("Compétence"),
    CCP("CCP");

    private final String label;

    DecisionScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
