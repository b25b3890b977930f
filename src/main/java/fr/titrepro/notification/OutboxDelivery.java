package fr.titrepro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The short transactions around a send: claim due messages (marked SENDING, committed before the SMTP server is
 * contacted), then mark each one SENT, or failed (PENDING later, or DEAD). A message is never claimed twice: the
 * claim locks its rows with SKIP LOCKED and commits the SENDING state.
 */
@ApplicationScoped
public class OutboxDelivery {

    @Inject
    OutboxRepository messages;

    @Inject
    NotificationConfig config;

    DeliveryPolicy policy() {
        return new DeliveryPolicy(config.maxAttempts(), config.firstRetry(), config.maxDelay(),
                config.claimTimeout());
    }

    @Transactional
    public List<OutboxMessage> claim(Instant now, String instance) {
        List<OutboxMessage> claimed = messages.lockDue(now, config.batchSize()).stream()
                .map(messages::findById).toList();
        for (OutboxMessage m : claimed) {
            m.state = OutboxState.SENDING;
            m.attempts++;
            m.claimedAt = now;
            m.claimedBy = instance;
        }
        return claimed;
    }

    @Transactional
    public void sent(long id, Instant now) {
        OutboxMessage m = messages.findById(id);
        m.state = OutboxState.SENT;
        m.sentAt = now;
        m.lastError = null;
    }

    /** Whether the message is now DEAD. */
    @Transactional
    public boolean failed(long id, String error, Instant now) {
        OutboxMessage m = messages.findById(id);
        DeliveryPolicy.Decision d = policy().afterFailure(m.attempts, now);
        m.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        m.claimedAt = null;
        if (d.dead()) {
            m.state = OutboxState.DEAD;
        } else {
            m.state = OutboxState.PENDING;
            m.nextAttemptAt = d.retryAt();
        }
        return d.dead();
    }

    /**
     * Messages whose sender stopped between the claim and the mark: they may have been delivered, so they are not
     * sent again on their own; DEAD, with the reason, for an administrator to check and retry.
     */
    @Transactional
    public int interrupted(Instant now) {
        List<Long> ids = messages.lockClaimedBefore(now.minus(config.claimTimeout()));
        for (Long id : ids) {
            OutboxMessage m = messages.findById(id);
            m.state = OutboxState.DEAD;
            m.lastError = "Envoi interrompu (instance " + m.claimedBy + " arrêtée pendant l'envoi) : le courriel a "
                    + "peut-être été remis ; vérifier avant de le relancer.";
        }
        return ids.size();
    }

    @Transactional
    public long purge(Instant now) {
        return messages.purgeBefore(now.minus(config.retention()));
    }
}
