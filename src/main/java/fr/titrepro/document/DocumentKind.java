package fr.titrepro.document;

/** What an issued document is. */
public enum DocumentKind {
    LIVRET("Livret de certification"),
    PARCHEMIN("Parchemin"),
    PV("Procès-verbal de session"),
    /**
     * A CCP held, granted by a session (issue 16): a verifiable credential only, no PDF (the livret or the parchemin
     * is the paper form).
     */
    CCP("Certificat de compétences professionnelles");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the document is a signed PDF (every kind but the CCP credential). */
    public boolean hasPdf() {
        return this != CCP;
    }

    /** Whether the document has a verifiable credential twin (parchemin, livret, CCP). */
    public boolean hasCredential() {
        return this != PV;
    }
}
