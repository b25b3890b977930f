package fr.titrepro.deliberation;

/**
 * What happened at the entretien final. Whether it was due is computed by {@link DeliberationPolicy}: at a
 * session titre, and at the session where the candidate takes the last CCP missing for the title.
 */
public enum FinalInterview {
    HELD_FAVOURABLY("Entretien final tenu, avis favorable"),
    HELD_UNFAVOURABLY("Entretien final tenu, avis défavorable"),
    NOT_HELD("Entretien final non tenu");

    private final String label;

    FinalInterview(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
