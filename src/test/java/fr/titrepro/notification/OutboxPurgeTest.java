package fr.titrepro.notification;

import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « docs/notifications.md lists … retention of the outbox »: the scheduled purge (called here as the
 * scheduler does, {@code OutboxSender.purge} → {@link OutboxDelivery#purge}) deletes the SENT and SKIPPED messages
 * past the retention (90 days), and keeps the DEAD ones whatever their age (an administrator must handle them), the
 * PENDING and SENDING ones, and everything younger.
 */
@QuarkusTest
class OutboxPurgeTest {

    @Inject
    MailFixtures mails;

    @Inject
    OutboxDelivery delivery;

    @Inject
    NotificationConfig config;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Test
    void onlyDeliveredAndSkippedMessagesPastTheRetentionAreDeleted() {
        String prefix = "purge-test:" + SessionFixtures.unique() + ":";
        Instant now = Instant.now();
        Instant old = now.minus(config.retention()).minus(Duration.ofDays(1));
        Instant young = now.minus(config.retention()).plus(Duration.ofDays(1));
        Map<String, Object[]> cases = Map.of(
                "sent-old", new Object[]{OutboxState.SENT, old},
                "skipped-old", new Object[]{OutboxState.SKIPPED, old},
                "dead-old", new Object[]{OutboxState.DEAD, old},
                "pending-old", new Object[]{OutboxState.PENDING, old},
                "sending-old", new Object[]{OutboxState.SENDING, old},
                "sent-young", new Object[]{OutboxState.SENT, young},
                "skipped-young", new Object[]{OutboxState.SKIPPED, young});
        cases.forEach((name, c) -> {
            mails.enqueue(new MailDraft(MailEvent.SESSION_REMINDER, prefix + name,
                    new Recipient(MailFixtures.address(name), "Personne", null), "Objet", "Texte", "Pourquoi",
                    null, null, null));
            QuarkusTransaction.requiringNew().run(() -> em.createQuery("update OutboxMessage m set m.state = ?1, "
                            + "m.createdAt = ?2, m.claimedAt = ?3 where m.key = ?4")
                    .setParameter(1, c[0]).setParameter(2, c[1])
                    .setParameter(3, c[0] == OutboxState.SENDING ? now : null)
                    .setParameter(4, prefix + name).executeUpdate());
        });

        long purged = delivery.purge(now);

        List<String> left = outbox.withKeyPrefix(prefix).stream().map(m -> m.key.substring(prefix.length()))
                .sorted().collect(Collectors.toList());
        assertThat(left).containsExactly("dead-old", "pending-old", "sending-old", "sent-young", "skipped-young");
        assertThat(purged).isGreaterThanOrEqualTo(2);
    }
}
