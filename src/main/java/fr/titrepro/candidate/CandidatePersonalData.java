package fr.titrepro.candidate;

/**
 * Implemented by the capabilities that hold personal data on a candidate (sessions, VAE…), so that the RGPD export
 * shows everything the platform holds on the person and the erasure reaches every capability.
 */
public interface CandidatePersonalData {

    /** Name of this capability's section in the export (e.g. "sessions"). */
    String section();

    /** What this capability holds on the person, as JSON-serialisable records; null when nothing. */
    Object export(Candidate candidate);

    /** A French reason why the person cannot be erased yet, or null. */
    default String erasureRefusal(Candidate candidate) {
        return null;
    }

    /** Anonymises or deletes what this capability holds on the person (inside the erasure transaction). */
    default void erase(Candidate candidate) {
    }
}
