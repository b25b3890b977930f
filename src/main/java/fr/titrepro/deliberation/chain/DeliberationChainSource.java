package fr.titrepro.deliberation.chain;

import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.shared.audit.ChainLink;
import fr.titrepro.shared.audit.ChainSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The deliberation decisions and appeals of a session, as an audit chain to anchor by signed checkpoints. */
@ApplicationScoped
public class DeliberationChainSource implements ChainSource {

    @Inject
    DeliberationRepository repository;

    @Override
    public String chain() {
        return DeliberationChain.CHAIN;
    }

    @Override
    public List<ChainLink> links(long sessionId) {
        return repository.chainOf(sessionId).stream()
                .map(e -> new ChainLink(e.id(), e.previousHash(), e.hash(), e.recomputedHash())).toList();
    }

    @Override
    public List<Long> sessions() {
        return repository.sessionsWithChain();
    }
}
