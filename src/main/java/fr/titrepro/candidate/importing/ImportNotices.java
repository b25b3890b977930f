package fr.titrepro.candidate.importing;

import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreContact;
import fr.titrepro.notification.MailDraft;
import fr.titrepro.notification.MailEvent;
import fr.titrepro.notification.MailTemplates;
import fr.titrepro.notification.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Issue 15: the centre is told that a background import finished (done, refused or failed), with its counts and the
 * way to the error report, queued in the transaction that records the end of the job. The centre's contact address
 * receives it (its staff logins carry no address).
 */
@ApplicationScoped
public class ImportNotices {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void finished(ImportJob job, int errors) {
        Centre centre = Panache.getEntityManager().find(Centre.class, job.centreId);
        String outcome = switch (job.status) {
            case DONE -> "réussi";
            case REFUSED -> "refusé, rien n'a été enregistré";
            default -> "interrompu par une erreur, rien n'a été enregistré";
        };
        outbox.enqueue(new MailDraft(MailEvent.IMPORT_FINISHED, "import-job:" + job.id + ":finished",
                CentreContact.of(centre),
                "Import de candidats terminé : " + outcome, MailTemplates.importFinished(centre.name, job.fileName,
                        outcome, job.message == null ? "" : job.message, errors).render(),
                "Vous recevez ce message parce qu'un membre de votre centre (" + job.startedBy
                        + ") a lancé cet import sur titrepro.", null, "/candidates/import", null));
    }
}
