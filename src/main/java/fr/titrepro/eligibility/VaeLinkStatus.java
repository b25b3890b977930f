package fr.titrepro.eligibility;

/**
 * Where a RECEVABLE decision stands with an existing person of the same identity (DOMAIN « VAE eligibility »: « A
 * recevabilité never silently changes an existing person's record (pathway, title): it proposes the link and a human
 * confirms it »).
 */
public enum VaeLinkStatus {
    PROPOSED("Rattachement proposé, à confirmer"),
    CONFIRMED("Rattachement confirmé"),
    REFUSED("Rattachement refusé");

    private final String label;

    VaeLinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
