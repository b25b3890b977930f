package fr.titrepro.scoring;

/**
 * What a section of the grid holds, and what the jury does with it (fiche TP-00496 l. 104-108, DOMAIN "Sessions and
 * evaluation"): the CCP is decided from its competencies (scored per performance criterion) and its épreuves; the
 * dossier professionnel and, for training candidates, the ECF results are evidence the jury consults, never a
 * pass/fail line; the entretien final is not part of a CCP grid (it serves the title decision, recorded once at the
 * deliberation).
 */
public enum SectionKind {
    COMPETENCY("Compétence professionnelle", Role.COMPETENCY),
    TRANSVERSAL("Compétence transversale", Role.COMPETENCY),
    CCS_COMPETENCY("Compétence du CCS", Role.COMPETENCY),
    ASSESSMENTS("Épreuves", Role.ASSESSMENT),
    DOSSIER("Éléments consultés par le jury", Role.CONSULTED),
    ECF("Éléments consultés par le jury", Role.CONSULTED),
    /**
     * Only in grids made before the entretien final left the CCP grids (issue 11, finding 6): kept in the database,
     * ignored wherever a grid is read, scored or reconciled.
     */
    FINAL_INTERVIEW("Entretien final (ancienne grille, sans effet)", Role.IGNORED);

    /** What the jury does with a section. */
    public enum Role {
        /** Scored per performance criterion, with a proposed decision: the CCP decision rests on it. */
        COMPETENCY,
        /** An épreuve of the référentiel de certification, concluant or not: the CCP decision rests on it. */
        ASSESSMENT,
        /** Evidence the jury consults (« consulté », an observation): no score, no weight of its own. */
        CONSULTED,
        /** Not part of the grid any more (legacy rows). */
        IGNORED
    }

    private final String label;
    private final Role role;

    SectionKind(String label, Role role) {
        this.label = label;
        this.role = role;
    }

    public String label() {
        return label;
    }

    public Role role() {
        return role;
    }

    /** A competency: scored per performance criterion, and decided acquired or not. */
    public boolean isCompetency() {
        return role == Role.COMPETENCY;
    }

    /** Scored (met / not met / not observed) and required before the grid is handed in: competencies, épreuves. */
    public boolean isScored() {
        return role == Role.COMPETENCY || role == Role.ASSESSMENT;
    }

    /** Evidence the jury consults: the DP, the ECF results. */
    public boolean isConsulted() {
        return role == Role.CONSULTED;
    }

    /** Part of the grid as read today (a legacy entretien final section is not). */
    public boolean isShown() {
        return role != Role.IGNORED;
    }
}
