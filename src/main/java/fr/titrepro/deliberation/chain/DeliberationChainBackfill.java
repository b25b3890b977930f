package fr.titrepro.deliberation.chain;

import fr.titrepro.deliberation.DeliberationRepository;
import fr.titrepro.shared.audit.LinkHash;
import fr.titrepro.shared.persistence.StartupTaskRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Chains the deliberations and appeals written before the chain existed (migration V10_6_1 added the columns
 * empty): once, at start-up, each session's links in order. A session whose rows all carry a hash is left alone.
 * Since every decision and appeal is written with its hash, the work is done once: its mark in {@code startup_task}
 * makes the next starts skip the search, a read of every decision (issue 14: 1.2 M rows on a national database).
 */
@ApplicationScoped
public class DeliberationChainBackfill {

    public static final String TASK = "deliberation-chain-backfill";

    @Inject
    DeliberationRepository repository;

    @Inject
    StartupTaskRepository tasks;

    public void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!tasks.isDone(TASK)) {
                backfill();
                tasks.markDone(TASK);
            }
        });
    }

    public void backfill() {
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
