package fr.titrepro.candidate.privacy;

import fr.titrepro.candidate.Candidate;

/**
 * Implemented by every capability that holds personal data on a candidate (sessions, scoring, deliberation,
 * documents, VAE), so that the RGPD export shows everything the platform holds on the person (art. 15 and 20) and the
 * erasure (art. 17) reaches every capability, each one saying what it did or why it keeps its records.
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

    /**
     * Anonymises or deletes what this capability holds on the person (inside the erasure transaction, before the
     * record itself is anonymised: the identity is still readable), and says what it did and what it keeps, and why.
     */
    ErasureStatement erase(Candidate candidate);
}
