package fr.titrepro.shared.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import fr.titrepro.shared.cluster.JobLease;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signs the heads of the chains that moved, every {@code titrepro.audit.checkpoint-period} (PT0S: never, e.g. in
 * tests, which call the service themselves). Replicas may both write one: a checkpoint more is harmless.
 */
@ApplicationScoped
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class);

    @ConfigProperty(name = "titrepro.audit.checkpoint-period", defaultValue = "PT1H")
    Duration period;

    @Inject
    AuditCheckpointService service;

    @Inject
    JobLease lease;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        if (period.isZero() || period.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-checkpoints");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::run, period.toSeconds(), period.toSeconds(), TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void run() {
        try {
            // one instance of the cluster signs the checkpoints of a period; the others skip it
            lease.runExclusively("audit-checkpoints", period.multipliedBy(9).dividedBy(10), () -> {
                int written = service.checkpointAll();
                if (written > 0) {
                    LOG.infof("%d point(s) de contrôle de la piste d'audit signé(s)", written);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Points de contrôle de la piste d'audit non écrits", e);
        }
    }
}
