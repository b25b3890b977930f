package fr.titrepro.candidate;

/** Sex as on the civil status, for the civility of documents. */
public enum Sex {
    F("Madame"), M("Monsieur");

    private final String civility;

    Sex(String civility) {
        this.civility = civility;
    }

    public String civility() {
        return civility;
    }
}
