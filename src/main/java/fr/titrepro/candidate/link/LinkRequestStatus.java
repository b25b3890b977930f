package fr.titrepro.candidate.link;

/** Where a centre's request to follow an already registered person stands. */
public enum LinkRequestStatus {
    PENDING("En attente"),
    ACCEPTED("Acceptée"),
    REFUSED("Refusée");

    private final String label;

    LinkRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
