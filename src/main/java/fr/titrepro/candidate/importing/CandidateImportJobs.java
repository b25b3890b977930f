package fr.titrepro.candidate.importing;

import fr.titrepro.shared.error.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import fr.titrepro.shared.metrics.BusinessMetrics;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports in the background: the page starts one, then polls its job for the progress (rows checked, rows
 * written) and the outcome. The job row lives in the database, so any instance can answer the polling.
 */
@ApplicationScoped
public class CandidateImportJobs {

    private static final Logger LOG = Logger.getLogger(CandidateImportJobs.class);
    /** Two imports at a time per instance: each holds one connection and writes in large batches. */
    private static final int WORKERS = 2;

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "candidate-import-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Inject
    ImportJobStore store;

    @Inject
    CandidateImportService imports;

    @Inject
    BusinessMetrics metrics;

    /** Records the job and queues the import; returns the job id at once. */
    public long start(byte[] content, long centreId, boolean link, String startedBy, String fileName) {
        long id = store.create(centreId, startedBy, fileName, link);
        executor.submit(() -> run(id, content, centreId, startedBy));
        return id;
    }

    /** The job, if the caller started it (or is an administrator): otherwise "not found". */
    public ImportJob get(long id, String username, boolean admin) {
        return store.findById(id).filter(job -> admin || job.startedBy.equals(username))
                .orElseThrow(() -> ProblemException.notFound("Import introuvable."));
    }

    public ImportJob.Status statusOf(ImportJob job) {
        return job.effectiveStatus(Instant.now());
    }

    private void run(long id, byte[] content, long centreId, String startedBy) {
        try {
            ImportResult result = imports.importFile(content, centreId, startedBy, new Throttled(id));
            store.done(id, result);
            metrics.candidatesImported(result.created() + result.linked());
        } catch (ImportRefusedException e) {
            store.refused(id, e.getMessage(), e.analysis());
        } catch (ProblemException e) {
            store.failed(id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Import de candidats " + id + " en échec", e);
            store.failed(id, CandidateImportFailures.frenchMessage(e));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Writes the progress at most every 2 % (and at each change of phase), not at every batch. */
    private final class Throttled implements ImportProgress {
        private final long id;
        private Phase phase;
        private int lastPercent = -1;

        Throttled(long id) {
            this.id = id;
        }

        @Override
        public void update(Phase phase, int done, int total) {
            int percent = total == 0 ? 100 : done * 100 / total;
            if (phase != this.phase || percent >= lastPercent + 2 || done == total) {
                this.phase = phase;
                lastPercent = percent;
                store.progress(id, phase, done, total);
            }
        }
    }
}
