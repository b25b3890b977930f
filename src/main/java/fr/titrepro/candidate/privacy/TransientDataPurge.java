package fr.titrepro.candidate.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import fr.titrepro.candidate.importing.ImportJobRepository;
import fr.titrepro.candidate.link.LinkRequestRepository;
import fr.titrepro.shared.cluster.JobLease;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Purges the candidates' transient data once its retention is over (docs/security.md, « Rétention »): import jobs
 * (their error report quotes the file's values) and link requests never answered or refused. Run by the scheduler
 * ({@code titrepro.purge.cron}, « off » in tests), and callable directly.
 */
@ApplicationScoped
public class TransientDataPurge {

    private static final Logger LOG = Logger.getLogger(TransientDataPurge.class);

    /** What one purge deleted. */
    public record Purged(int importJobs, int linkRequests) {
    }

    @Inject
    RetentionConfig retention;

    @Inject
    JobLease lease;

    @Inject
    ImportJobRepository importJobs;

    @Inject
    LinkRequestRepository linkRequests;

    @Scheduled(cron = "{titrepro.purge.cron}", identity = "candidate-transient-data-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // one instance of the cluster purges; the others skip (the lease outlasts the same cron on every instance)
        lease.runExclusively("candidate-transient-data-purge", Duration.ofMinutes(30), () -> {
            Purged purged = purge(Instant.now());
            LOG.infof("Purge RGPD : %d tâche(s) d'import, %d demande(s) de rattachement", purged.importJobs(),
                    purged.linkRequests());
        });
    }

    /**
     * Import jobs created before {@code now} minus their retention (finished or stuck); link requests pending or
     * refused since before {@code now} minus theirs (an accepted one stays: it is the person's consent to the
     * follow, kept as long as the follow).
     */
    @Transactional
    public Purged purge(Instant now) {
        int jobs = importJobs.deleteCreatedBefore(now.minus(retention.importJobs()));
        int requests = linkRequests.deleteUnansweredOrRefusedBefore(now.minus(retention.linkRequests()));
        return new Purged(jobs, requests);
    }
}
