package fr.titrepro.session.jury;

/** The link a juror declares with a candidate. */
public enum ConflictKind {
    TRAINER("formateur ou formatrice du candidat"),
    EMPLOYER("employeur du candidat"),
    COLLEAGUE("collègue du candidat"),
    FAMILY("lien familial"),
    OTHER("autre lien");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
