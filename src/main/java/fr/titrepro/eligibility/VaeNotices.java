package fr.titrepro.eligibility;

import fr.titrepro.notification.MailDraft;
import fr.titrepro.notification.MailEvent;
import fr.titrepro.notification.MailTemplates;
import fr.titrepro.notification.Outbox;
import fr.titrepro.notification.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Issue 15: the applicant is told the recevabilité decision, queued in the decision's transaction (no address on
 * the application: recorded as not sent, with the reason).
 */
@ApplicationScoped
public class VaeNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(VaeApplication app, LocalDate validUntil) {
        String name = app.identity.firstNames + " " + app.identity.birthName;
        boolean recevable = app.decision == VaeDecision.RECEVABLE;
        outbox.enqueue(new MailDraft(MailEvent.VAE_DECISION, "vae:" + app.id + ":decision",
                new Recipient(app.email, name, null),
                "Décision de recevabilité de votre demande VAE : " + (recevable ? "recevable" : "non recevable"),
                MailTemplates.vaeDecision(name, app.titleCode + " (version " + app.titleVersion + ")", recevable,
                        DAY.format(app.decisionDate), app.decisionReference, app.decisionReasons,
                        validUntil == null ? "" : DAY.format(validUntil)).render(),
                "Vous recevez ce message parce que vous avez déposé une demande de VAE suivie par un conseiller.",
                null, null, null));
    }
}
