package fr.titrepro.referential.diff;

/** What happened to a CCP, a competency or a criterion from one millésime to the next. */
public enum Change {
    KEPT("inchangé"),
    RENAMED("renommé"),
    REWORDED("reformulé"),
    MOVED("déplacé"),
    MERGED("fusionné"),
    ADDED("ajouté"),
    REMOVED("supprimé");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
