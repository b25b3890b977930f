package fr.titrepro.notification;

/**
 * One message to queue: its event, its key (unique per event and recipient, so that the same event never mails the
 * same person twice), its recipient, a French subject, the body already rendered from its template (text), why it was
 * sent and whom to contact (printed at the foot of every message), an optional link into the platform and an
 * optional PDF attachment.
 */
public record MailDraft(MailEvent event, String key, Recipient to, String subject, String body, String why,
                        String contact, String link, Attachment attachment) {

    /** A PDF joined to the message (a convocation). */
    public record Attachment(String name, byte[] pdf) {
    }

    public MailDraft withAttachment(Attachment a) {
        return new MailDraft(event, key, to, subject, body, why, contact, link, a);
    }
}
