package fr.titrepro.scoring.reconciliation;

import fr.titrepro.shared.audit.ChainLink;
import fr.titrepro.shared.audit.ChainSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The agreed decisions of a session, as an audit chain to anchor by signed checkpoints. */
@ApplicationScoped
public class ScoreChainSource implements ChainSource {

    public static final String CHAIN = "SCORES";

    @Inject
    AgreedDecisionRepository decisions;

    @Override
    public String chain() {
        return CHAIN;
    }

    @Override
    public List<ChainLink> links(long sessionId) {
        return decisions.chainOf(sessionId).stream()
                .map(d -> new ChainLink(d.id, d.previousHash, d.hash, DecisionChain.hash(d.previousHash, d.content())))
                .toList();
    }

    @Override
    public List<Long> sessions() {
        return decisions.sessionsWithChain();
    }
}
