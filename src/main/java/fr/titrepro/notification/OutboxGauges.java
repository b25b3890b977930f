package fr.titrepro.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * {@code titrepro_notification_outbox{state="pending|sending|sent|dead|skipped"}} at {@code /q/metrics}: the messages
 * of the outbox by state, counted when the metrics are read (an alert on {@code dead} > 0 is the point).
 */
@Startup
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    private final Outbox outbox;

    public OutboxGauges(MeterRegistry registry, Outbox outbox) {
        this.outbox = outbox;
        for (OutboxState state : OutboxState.values()) {
            Gauge.builder("titrepro.notification.outbox", this, g -> g.count(state))
                    .description("Courriels de la file d'envoi, par état").tag("state",
                            state.name().toLowerCase(Locale.ROOT)).register(registry);
        }
    }

    double count(OutboxState state) {
        try {
            return outbox.counts().get(state);
        } catch (RuntimeException e) {
            LOG.debug("Compte des courriels indisponible", e);
            return Double.NaN;
        }
    }
}
