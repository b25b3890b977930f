package fr.titrepro.notification;

import fr.titrepro.shared.persistence.JdbcBatch;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import jakarta.persistence.FlushModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

    private static final String INSERT = "insert into notification_outbox (message_key, event, recipient_email, "
            + "recipient_name, recipient_user, subject, body_text, body_html, attachment_name, attachment, state, "
            + "attempts, next_attempt_at, last_error, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The keys among {@code keys} whose message is stored, in one query, without flushing the caller's transaction
     * (as {@link #keyStored}).
     */
    public Set<String> storedKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select m.key from OutboxMessage m where m.key in :keys",
                        String.class).setParameter("keys", keys).setFlushMode(FlushModeType.COMMIT).getResultList());
    }

    /**
     * Inserts new messages in one JDBC batch (one round trip for the lot), outside the persistence context: issue 16,
     * the 200 result e-mails of a PV validation, each one {@code IDENTITY} insert before. Their ids are not read back
     * (nothing in the transaction uses them; the sender reads the rows).
     */
    public void insertAll(List<OutboxMessage> messages) {
        JdbcBatch.insert(getEntityManager(), INSERT, messages, 0, (ps, m) -> {
            int p = 0;
            ps.setString(++p, m.key);
            ps.setString(++p, m.event.name());
            ps.setString(++p, m.recipientEmail);
            ps.setString(++p, m.recipientName);
            ps.setString(++p, m.recipientUser);
            ps.setString(++p, m.subject);
            ps.setString(++p, m.text);
            ps.setString(++p, m.html);
            ps.setString(++p, m.attachmentName);
            ps.setBytes(++p, m.attachment);
            ps.setString(++p, m.state.name());
            ps.setInt(++p, m.attempts);
            JdbcBatch.setInstant(ps, ++p, m.nextAttemptAt);
            ps.setString(++p, m.lastError);
            JdbcBatch.setInstant(ps, ++p, m.createdAt);
        });
    }

    /**
     * Whether a message of this key is stored, without flushing the caller's transaction first: an automatic flush
     * dirty-checks every entity the transaction holds, and done once per message it took a quarter of a 200-candidate
     * PV validation (profiled, docs/performance.md). The keys queued but not yet flushed are {@link QueuedKeys}.
     */
    public boolean keyStored(String key) {
        return !getEntityManager().createQuery("select m.id from OutboxMessage m where m.key = :key", Long.class)
                .setParameter("key", key).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Locks up to {@code limit} due messages that no other transaction holds: two senders (two instances) never get
     * the same row, and neither waits for the other.
     */
    @SuppressWarnings("unchecked")
    public List<Long> lockDue(Instant now, int limit) {
        return ((List<Number>) getEntityManager().createNativeQuery("SELECT id FROM notification_outbox "
                        + "WHERE state = 'PENDING' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2 "
                        + "FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList()).stream().map(Number::longValue).toList();
    }

    /** Messages claimed and never marked since before {@code before}, locked the same way. */
    @SuppressWarnings("unchecked")
    public List<Long> lockClaimedBefore(Instant before) {
        return ((List<Number>) getEntityManager().createNativeQuery("SELECT id FROM notification_outbox "
                        + "WHERE state = 'SENDING' AND claimed_at <= ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, before).getResultList()).stream().map(Number::longValue).toList();
    }

    public Map<OutboxState, Long> countsByState() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0L);
        }
        getEntityManager().createQuery("select m.state, count(m) from OutboxMessage m group by m.state",
                Object[].class).getResultList().forEach(r -> counts.put((OutboxState) r[0], (Long) r[1]));
        return counts;
    }

    public PanacheQuery<OutboxMessage> newestFirst(OutboxState state) {
        Sort sort = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        return state == null ? findAll(sort) : find("state", sort, state);
    }

    public List<OutboxMessage> ofKeyPrefix(String prefix) {
        return list("key like ?1 order by id", prefix + "%");
    }

    /**
     * Delivered and never-sent (SKIPPED) messages created before {@code limit}. A DEAD message is kept whatever its
     * age until an administrator handles it (a retry makes it PENDING, then SENT and purged in its turn): nobody
     * should lose the trace of a convocation that never left.
     */
    public long purgeBefore(Instant limit) {
        return delete("state in ?1 and createdAt < ?2", List.of(OutboxState.SENT, OutboxState.SKIPPED), limit);
    }
}
