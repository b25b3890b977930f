package fr.titrepro.notification;

import fr.titrepro.shared.cluster.JobLease;
import fr.titrepro.shared.error.RootCause;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox ({@code titrepro.notification.send-every}, « off » in tests, which call {@link #sendDue}):
 * every instance may run it; the claim's SKIP LOCKED gives each message to one of them.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    /** What one run did. */
    public record Report(int sent, int retried, int dead, int interrupted) {
    }

    @Inject
    OutboxDelivery delivery;

    @Inject
    Mailer mailer;

    @Inject
    JobLease lease;

    @Scheduled(every = "{titrepro.notification.send-every}", identity = "notification-outbox-sender",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Report r = sendDue(Instant.now());
        if (r.sent() + r.retried() + r.dead() + r.interrupted() > 0) {
            LOG.infof("Courriels : %d envoyé(s), %d à réessayer, %d en échec, %d interrompu(s)", r.sent(),
                    r.retried(), r.dead(), r.interrupted());
        }
    }

    @Scheduled(cron = "{titrepro.notification.purge-cron}", identity = "notification-outbox-purge")
    void purge() {
        lease.runExclusively("notification-outbox-purge", Duration.ofMinutes(30),
                () -> LOG.infof("Purge des courriels : %d supprimé(s)", delivery.purge(Instant.now())));
    }

    /** One run: interrupted claims first, then one batch of due messages. */
    public Report sendDue(Instant now) {
        int interrupted = delivery.interrupted(now);
        List<OutboxMessage> batch = delivery.claim(now, lease.instance());
        int sent = 0;
        int retried = 0;
        int dead = 0;
        for (OutboxMessage m : batch) {
            try {
                deliver(m);
            } catch (RuntimeException e) {
                LOG.warnf("Courriel n° %d non remis (tentative %d) : %s", m.id, m.attempts, describe(e));
                if (delivery.failed(m.id, describe(e), now)) {
                    dead++;
                } else {
                    retried++;
                }
                continue;
            }
            delivery.sent(m.id, now);
            sent++;
        }
        return new Report(sent, retried, dead, interrupted);
    }

    /** Hands one claimed message to the SMTP server (no state change: the caller marks it). */
    void deliver(OutboxMessage m) {
        Mail mail = Mail.withText(m.recipientEmail, m.subject, m.text).setHtml(m.html)
                .addHeader("Message-ID", m.messageId())
                .addHeader("X-Titrepro-Key", m.key)
                .addHeader("Auto-Submitted", "auto-generated");
        if (m.attachment != null) {
            mail.addAttachment(m.attachmentName, m.attachment, "application/pdf");
        }
        mailer.send(mail);
    }

    private static String describe(Throwable e) {
        Throwable root = RootCause.of(e);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "Serveur de courriel : " + message;
    }
}
