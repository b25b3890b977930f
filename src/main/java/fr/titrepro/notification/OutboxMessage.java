package fr.titrepro.notification;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message of the outbox: written with its event, delivered later by {@link OutboxSender}. */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage extends IdEntity {

    @Column(name = "message_key")
    public String key;

    @Enumerated(EnumType.STRING)
    public MailEvent event;

    @Column(name = "recipient_email")
    public String recipientEmail;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "recipient_user")
    public String recipientUser;

    public String subject;

    @Column(name = "body_text")
    public String text;

    @Column(name = "body_html")
    public String html;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Lob
    public byte[] attachment;

    @Enumerated(EnumType.STRING)
    public OutboxState state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The Message-ID every attempt of this message carries (the same on a retry: clients show it once). */
    public String messageId() {
        return "<outbox-" + id + "." + Integer.toHexString(key.hashCode()) + "@titrepro>";
    }
}
