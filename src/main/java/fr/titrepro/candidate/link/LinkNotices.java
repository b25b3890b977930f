package fr.titrepro.candidate.link;

import fr.titrepro.centre.CentreContact;
import fr.titrepro.notification.MailDraft;
import fr.titrepro.notification.MailEvent;
import fr.titrepro.notification.MailTemplates;
import fr.titrepro.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Issue 15: « link request accepted or refused » — the centre that asked is told the answer, at its contact address,
 * queued in the answer's transaction. The message names the person as the centre typed it, nothing more.
 */
@ApplicationScoped
public class LinkNotices {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(LinkRequest r, boolean byThePerson) {
        boolean accepted = r.status == LinkRequestStatus.ACCEPTED;
        outbox.enqueue(new MailDraft(MailEvent.LINK_ANSWERED, "link-request:" + r.id + ":answered",
                CentreContact.of(r.centre),
                "Demande de rattachement " + (accepted ? "acceptée" : "refusée") + " : " + r.typedFullName,
                MailTemplates.linkAnswered(r.centre.name, r.typedFullName, accepted,
                        byThePerson ? "la personne" : "l'administration").render(),
                "Vous recevez ce message parce que votre centre a demandé à suivre ce dossier sur titrepro.",
                null, "/candidates/link-requests", null));
    }
}
