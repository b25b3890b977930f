package fr.titrepro.shared.audit;

import java.util.List;

/**
 * A capability that keeps an audit chain per session (scores, deliberation) exposes it here, so that checkpoints are
 * signed and verified the same way for every chain.
 */
public interface ChainSource {

    /** The chain's name in checkpoints and reports: SCORES, DELIBERATION. */
    String chain();

    /** The links of a session, in chain order. */
    List<ChainLink> links(long sessionId);

    /** The sessions that have at least one link. */
    List<Long> sessions();
}
