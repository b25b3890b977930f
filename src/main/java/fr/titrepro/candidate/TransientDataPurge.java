package fr.titrepro.candidate;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
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
        int jobs = Panache.getEntityManager().createQuery("delete from ImportJob j where j.createdAt < :limit")
                .setParameter("limit", now.minus(retention.importJobs())).executeUpdate();
        Instant linkLimit = now.minus(retention.linkRequests());
        int requests = (int) LinkRequest.delete("(status = ?1 and requestedAt < ?2) or (status = ?3 and decidedAt < ?2)",
                LinkRequestStatus.PENDING, linkLimit, LinkRequestStatus.REFUSED);
        return new Purged(jobs, requests);
    }
}
