package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.notification.MailDraft;
import fr.titrepro.notification.MailEvent;
import fr.titrepro.notification.MailTemplates;
import fr.titrepro.notification.Outbox;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionNotices;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The messages of the PV and the appeals (issue 15, docs/notifications.md), queued in the transaction of the
 * signature, validation or appeal: a validation rolled back leaves no message.
 */
@ApplicationScoped
public class DeliberationNotices {

    @Inject
    Outbox outbox;

    /** The last juror signed: the administration is asked to validate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pvSigned(ExamSession s, int jurors, int pvVersion) {
        outbox.enqueue(new MailDraft(MailEvent.PV_TO_VALIDATE, "session:" + s.id + ":pv-to-validate:v" + pvVersion,
                outbox.administration(), "PV signé, à valider : " + s.label(),
                MailTemplates.pvToValidate(s.label(), s.centre.name, jurors).render(),
                "Vous recevez ce message parce que l'administration valide les procès-verbaux des sessions.",
                SessionNotices.contact(s), "/sessions/" + s.id + "/deliberation", null));
    }

    /**
     * Every candidate has a decision (PV version 1), or the jury re-deliberated on an appeal (the rectified PV, the
     * next version): each juror called to sign it is asked to, once per version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pvToSign(ExamSession s, java.util.Collection<Juror> signers, int pvVersion) {
        boolean rectified = pvVersion > 1;
        for (Juror j : signers) {
            outbox.enqueue(new MailDraft(MailEvent.PV_TO_SIGN, "session:" + s.id + ":pv-to-sign:v" + pvVersion
                    + ":juror:" + j.id, SessionNotices.juror(j), (rectified ? "PV rectificatif à signer : "
                    : "PV prêt à signer : ") + s.label(),
                    MailTemplates.pvToSign(j.fullName(), s.label(), rectified, pvVersion).render(),
                    "Vous recevez ce message parce que vous êtes membre du jury de cette session (" + s.centre.name
                            + ") et appelé(e) à signer son procès-verbal.",
                    SessionNotices.contact(s), "/sessions/" + s.id + "/deliberation", null));
        }
    }

    /**
     * The PV was validated: each candidate deliberated on is told their result is in « Mes documents » (the
     * session's messages queued together: one batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultsAvailable(ExamSession s, List<Enrolment> deliberated) {
        // what every candidate's message says of the session, written once for the session (issue 16: 200 messages)
        String label = s.label();
        String subject = "Votre résultat est disponible : " + label;
        String why = "Vous recevez ce message parce que vous étiez candidat(e) à cette session (" + s.centre.name + ").";
        String contact = SessionNotices.contact(s);
        outbox.enqueueAll(deliberated.stream().map(e -> e.candidate).map(c -> new MailDraft(MailEvent.RESULT_AVAILABLE,
                "session:" + s.id + ":result:candidate:" + c.id, SessionNotices.candidate(c), subject,
                MailTemplates.resultAvailable(c.identity.firstNames + " " + c.identity.birthName, label).render(),
                why, contact, "/me/documents", null)).toList());
    }

    /** An appeal was recorded: the candidate is told, the jurors without conflict are asked to re-deliberate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealRecorded(ExamSession s, Appeal a, Enrolment e) {
        Candidate c = e.candidate;
        outbox.enqueue(new MailDraft(MailEvent.APPEAL_RECEIVED, "appeal:" + a.id + ":received:candidate:" + c.id,
                SessionNotices.candidate(c), "Recours enregistré : " + s.label(),
                MailTemplates.appealReceived(c.identity.firstNames + " " + c.identity.birthName, s.label()).render(),
                "Vous recevez ce message parce que vous avez formé un recours sur le résultat de cette session.",
                SessionNotices.contact(s), null, null));
        for (Juror j : s.jurorsWithoutConflict(c.id)) {
            outbox.enqueue(new MailDraft(MailEvent.APPEAL_TO_REDELIBERATE, "appeal:" + a.id + ":redeliberate:juror:"
                    + j.id, SessionNotices.juror(j), "Recours à réexaminer : " + s.label(),
                    MailTemplates.appealToRedeliberate(j.fullName(), s.label()).render(),
                    "Vous recevez ce message parce que vous étiez membre du jury de cette session.",
                    SessionNotices.contact(s), "/sessions/" + s.id + "/deliberation", null));
        }
    }

    /** The rectified PV was validated: the appellant is told the outcome is in « Mes documents ». */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealDecided(ExamSession s, Appeal a, Enrolment e) {
        Candidate c = e.candidate;
        outbox.enqueue(new MailDraft(MailEvent.APPEAL_OUTCOME, "appeal:" + a.id + ":outcome:candidate:" + c.id,
                SessionNotices.candidate(c), "Issue de votre recours : " + s.label(),
                MailTemplates.appealOutcome(c.identity.firstNames + " " + c.identity.birthName, s.label()).render(),
                "Vous recevez ce message parce que vous avez formé un recours sur le résultat de cette session.",
                SessionNotices.contact(s), "/me/documents", null));
    }
}
