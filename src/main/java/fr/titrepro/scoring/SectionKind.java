package fr.titrepro.scoring;

/** What a section of the grid holds. */
public enum SectionKind {
    COMPETENCY("Compétence professionnelle", true),
    TRANSVERSAL("Compétence transversale", true),
    CCS_COMPETENCY("Compétence du CCS", true),
    ASSESSMENTS("Épreuves", false),
    DOSSIER("Dossier professionnel", false),
    ECF("Évaluations en cours de formation", false),
    FINAL_INTERVIEW("Entretien final", false);

    private final String label;
    private final boolean competency;

    SectionKind(String label, boolean competency) {
        this.label = label;
        this.competency = competency;
    }

    public String label() {
        return label;
    }

    /** A competency: scored per performance criterion, and decided acquired or not. */
    public boolean isCompetency() {
        return competency;
    }
}
