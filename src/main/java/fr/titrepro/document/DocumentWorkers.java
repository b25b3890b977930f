package fr.titrepro.document;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that render and sign the documents of a {@link DocumentBatch} (issue 16, a PV validation's 200 PDFs):
 * as many as the machine has cores, shared by every batch of the instance (a second validation waits in the queue
 * rather than adding threads). Their work is a pure function of the document's data, the key and the timestamp
 * authority's answer: no transaction, no CDI context, no database; the rows are written by the batch's transaction.
 */
@ApplicationScoped
public class DocumentWorkers {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "document-signing-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    ExecutorService executor() {
        return executor;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
