package fr.titrepro.notification;

import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbox: the capabilities queue their messages here inside the transaction of the event that causes them (a
 * rolled-back event leaves no message, a committed one always has its message); {@link OutboxSender} delivers them.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository messages;

    @Inject
    QueuedKeys queued;

    @Inject
    NotificationConfig config;

    @ConfigProperty(name = "titrepro.documents.public-base-url")
    String publicUrl;

    /**
     * Queues the message in the caller's transaction. A key already queued is ignored (the same event for the same
     * person); a recipient without address, or a reminder its recipient turned off, is recorded SKIPPED with the
     * reason, so that the administrators see who was not written to and why.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(MailDraft draft) {
        if (!queued.add(draft.key()) || messages.keyStored(draft.key())) {
            return;
        }
        messages.persist(message(draft, Instant.now()));
    }

    /**
     * The same for several messages of one event (issue 16: a PV validation's 200 result e-mails): the keys checked in
     * one query, the new messages inserted in one JDBC batch, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(List<MailDraft> drafts) {
        List<MailDraft> fresh = drafts.stream().filter(d -> queued.add(d.key())).toList();
        Set<String> stored = messages.storedKeys(fresh.stream().map(MailDraft::key).toList());
        Instant now = Instant.now();
        messages.insertAll(fresh.stream().filter(d -> !stored.contains(d.key())).map(d -> message(d, now)).toList());
    }

    /** The message of a draft as queued at {@code now}: PENDING, or SKIPPED with the reason it will not be sent. */
    private OutboxMessage message(MailDraft draft, Instant now) {
        OutboxMessage m = new OutboxMessage();
        m.key = draft.key();
        m.event = draft.event();
        m.recipientEmail = draft.to().email();
        m.recipientName = draft.to().name();
        m.recipientUser = draft.to().username();
        m.subject = draft.subject();
        String link = draft.link() == null ? null : publicUrl + draft.link();
        String contact = draft.contact() == null ? config.contact() : draft.contact();
        m.text = draft.body().strip() + (link == null ? "" : "\n\n" + link) + "\n\n-- \n" + draft.why()
                + "\nContact : " + contact + "\n";
        m.html = MailTemplates.layout(draft.subject(), paragraphs(draft.body()), link, draft.why(), contact).render();
        if (draft.attachment() != null) {
            m.attachmentName = draft.attachment().name();
            m.attachment = draft.attachment().pdf();
        }
        m.createdAt = now;
        m.nextAttemptAt = now;
        m.state = OutboxState.PENDING;
        if (!config.mailEnabled()) {
            skip(m, "L'envoi des courriels est désactivé sur cette installation (TITREPRO_SMTP_ENABLED=false).");
        } else if (m.recipientEmail == null) {
            skip(m, "Aucune adresse électronique connue pour ce destinataire.");
        } else if (draft.event().reminder() && !remindersOn(m.recipientUser)) {
            skip(m, "Le destinataire a désactivé les rappels.");
        }
        return m;
    }

    private static void skip(OutboxMessage m, String reason) {
        m.state = OutboxState.SKIPPED;
        m.lastError = reason;
    }

    /** The administration's mailbox ({@code titrepro.notification.administration-email}; none: not sent). */
    public Recipient administration() {
        return new Recipient(config.administrationEmail().orElse(null), "Administration (DREETS)", null);
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether {@code username} receives reminders (on unless they turned them off; no account: on). */
    public boolean remindersOn(String username) {
        if (username == null) {
            return true;
        }
        NotificationPreference p = NotificationPreference.findById(username);
        return p == null || p.reminders;
    }

    @Transactional
    public void setReminders(String username, boolean on) {
        NotificationPreference p = NotificationPreference.findById(username);
        if (p == null) {
            p = new NotificationPreference();
            p.username = username;
            p.reminders = on;
            p.updatedAt = Instant.now();
            p.persist();
            return;
        }
        p.reminders = on;
        p.updatedAt = Instant.now();
    }

    @Transactional
    public boolean reminders(String username) {
        return remindersOn(username);
    }

    @Transactional
    public Map<OutboxState, Long> counts() {
        return messages.countsByState();
    }

    @Transactional
    public Paged<OutboxMessage> page(OutboxState state, int page, int size) {
        var q = messages.newestFirst(state);
        long total = q.count();
        int current = Paged.clamp(page, size, total);
        return Paged.of(q.page(current, size).list(), current, size, total);
    }

    @Transactional
    public OutboxMessage get(long id) {
        return messages.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucun courriel n° " + id + "."));
    }

    /** An administrator sends a DEAD message again: a new series of attempts, starting now. */
    @Transactional
    public OutboxMessage retry(long id) {
        OutboxMessage m = get(id);
        if (m.state != OutboxState.DEAD) {
            throw ProblemException.conflict("Seul un courriel en échec peut être relancé (état actuel : "
                    + m.state.label().toLowerCase() + ").");
        }
        m.state = OutboxState.PENDING;
        m.attempts = 0;
        m.nextAttemptAt = Instant.now();
        m.claimedAt = null;
        m.claimedBy = null;
        return m;
    }

    /** The messages of an event's keys (tests and the administrators' page). */
    @Transactional
    public List<OutboxMessage> withKeyPrefix(String prefix) {
        return messages.ofKeyPrefix(prefix);
    }
}
