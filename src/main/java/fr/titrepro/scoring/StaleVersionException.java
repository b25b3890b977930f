package fr.titrepro.scoring;

/**
 * A save based on a version that is no longer the stored one, with different content: refused (409) with the
 * current state, so that the device shows the conflict instead of overwriting.
 */
public class StaleVersionException extends RuntimeException {

    private final transient Object current;

    public StaleVersionException(String detail, Object current) {
        super(detail);
        this.current = current;
    }

    /** A {@link ScoreState} or a {@link ProposalState}. */
    public Object current() {
        return current;
    }
}
