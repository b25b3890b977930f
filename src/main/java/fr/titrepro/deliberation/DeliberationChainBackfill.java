package fr.titrepro.deliberation;

import fr.titrepro.shared.audit.LinkHash;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Chains the deliberations and appeals written before the chain existed (migration V10_6_1 added the columns
 * empty): once, at start-up, each session's links in order. A session whose rows all carry a hash is left alone.
 */
@ApplicationScoped
public class DeliberationChainBackfill {

    @Inject
    DeliberationRepository repository;

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::backfill);
    }

    void backfill() {
        for (long sessionId : repository.sessionsWithoutHash()) {
            String head = LinkHash.GENESIS;
            for (DeliberationRepository.ChainEntry e : repository.chainOf(sessionId)) {
                if (e.deliberation() != null) {
                    e.deliberation().previousHash = head;
                    e.deliberation().hash = DeliberationChain.hash(head, e.deliberation());
                } else {
                    e.appeal().previousHash = head;
                    e.appeal().hash = DeliberationChain.hash(head, e.appeal());
                }
                head = e.hash();
            }
        }
    }
}
