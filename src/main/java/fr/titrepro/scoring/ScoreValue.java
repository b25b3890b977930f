package fr.titrepro.scoring;

/** What a juror records for one line of the grid. No numeric marks (Arrêté du 22 décembre 2015). */
public enum ScoreValue {
    MET("Atteint", "Concluant"),
    NOT_MET("Non atteint", "Non concluant"),
    NOT_OBSERVED("Non observé", "Non réalisé");

    private final String criterionLabel;
    private final String evidenceLabel;

    ScoreValue(String criterionLabel, String evidenceLabel) {
        this.criterionLabel = criterionLabel;
        this.evidenceLabel = evidenceLabel;
    }

    /** As said of a performance criterion. */
    public String label() {
        return criterionLabel;
    }

    /** As said of an épreuve (the DP and the ECF results are consulted, never scored). */
    public String evidenceLabel() {
        return evidenceLabel;
    }

    public static ScoreValue parse(String s) {
        if (s == null) {
            return null;
        }
        for (ScoreValue v : values()) {
            if (v.name().equalsIgnoreCase(s.strip())) {
                return v;
            }
        }
        return null;
    }
}
