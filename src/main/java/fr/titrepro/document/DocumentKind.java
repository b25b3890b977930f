package fr.titrepro.document;

/** What an issued document is. */
public enum DocumentKind {
    LIVRET("Livret de certification"),
    PARCHEMIN("Parchemin"),
    PV("Procès-verbal de session");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
