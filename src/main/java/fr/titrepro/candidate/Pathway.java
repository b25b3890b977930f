package fr.titrepro.candidate;

/** How the candidate comes to the exam. */
public enum Pathway {
    /** Parcours de formation: training dates, the title or the CCPs trained for. */
    TRAINING("Formation"),
    /** Validation des acquis de l'expérience, after a recevabilité decision. */
    VAE("VAE"),
    /** Already holds some CCPs and completes the title by capitalisation. */
    PARTIAL("Capitalisation");

    private final String label;

    Pathway(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
