package fr.titrepro.session;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.centre.CentreContact;
import fr.titrepro.notification.MailDraft;
import fr.titrepro.notification.MailEvent;
import fr.titrepro.notification.MailTemplates;
import fr.titrepro.notification.Outbox;
import fr.titrepro.notification.Recipient;
import fr.titrepro.session.enrolment.ConfirmationRecheckPolicy;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.session.paperwork.ConvocationPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The messages of a session's life (issue 15, docs/notifications.md): convocations when it is confirmed, a change of
 * dates, a cancellation, the reminder. Queued in the transaction that makes the change.
 */
@ApplicationScoped
public class SessionNotices {

    @Inject
    Outbox outbox;

    @Inject
    RuleFacts facts;

    /** The session was confirmed (SCHEDULED): each enrolled candidate and each juror gets their convocation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(ExamSession s) {
        Map<Long, List<TimetablePlanner.Slot>> timetable = facts.timetable(s);
        for (Enrolment e : s.activeEnrolments()) {
            convocation(e, timetable.get(e.id));
        }
        for (JuryMember m : s.jury) {
            Juror j = m.juror;
            outbox.enqueue(new MailDraft(MailEvent.CONVOCATION, key(s, "convocation", "juror", j.id), juror(j),
                    "Convocation comme membre du jury : " + s.label(),
                    MailTemplates.convocation(j.fullName(), true, s.label(), s.period(), s.siteLabel).render(),
                    why(s, "membre du jury de cette session"), contact(s), "/me/sessions",
                    new MailDraft.Attachment("convocation-jury-" + s.id + ".pdf",
                            ConvocationPdf.juror(s, j, timetable))));
        }
    }

    /** A candidate enrolled in a session already confirmed gets the convocation the others got at confirmation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void convocation(Enrolment e, List<TimetablePlanner.Slot> slots) {
        ExamSession s = e.session;
        Candidate c = e.candidate;
        outbox.enqueue(new MailDraft(MailEvent.CONVOCATION, key(s, "convocation", "candidate", c.id), candidate(c),
                "Convocation : " + s.label(),
                MailTemplates.convocation(c.identity.firstNames + " " + c.identity.birthName, false, s.label(),
                        s.period(), s.siteLabel)
                        .render(), why(s, "inscrit(e) à cette session"), contact(s), "/me/sessions",
                new MailDraft.Attachment("convocation-" + s.id + "-" + e.id + ".pdf",
                        ConvocationPdf.candidate(e, slots == null ? List.of() : slots))));
    }

    /** The dates of a confirmed session changed: everybody convened is told (one message per person and change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void datesChanged(ExamSession s) {
        String change = "changed-" + s.startDate + "-" + s.endDate;
        for (Enrolment e : s.activeEnrolments()) {
            Candidate c = e.candidate;
            outbox.enqueue(new MailDraft(MailEvent.SESSION_CHANGED, key(s, change, "candidate", c.id), candidate(c),
                    "Changement de dates : " + s.label(),
                    MailTemplates.sessionChanged(c.identity.firstNames + " " + c.identity.birthName, s.label(),
                            s.period(), s.siteLabel)
                            .render(), why(s, "convoqué(e) à cette session"), contact(s), "/me/sessions", null));
        }
        for (JuryMember m : s.jury) {
            outbox.enqueue(new MailDraft(MailEvent.SESSION_CHANGED, key(s, change, "juror", m.juror.id),
                    juror(m.juror), "Changement de dates : " + s.label(),
                    MailTemplates.sessionChanged(m.juror.fullName(), s.label(), s.period(), s.siteLabel).render(),
                    why(s, "membre du jury de cette session"), contact(s), "/me/sessions", null));
        }
    }

    /** A confirmed session was cancelled: everybody convened is told, with the reason given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(ExamSession s) {
        for (Enrolment e : s.activeEnrolments()) {
            Candidate c = e.candidate;
            outbox.enqueue(new MailDraft(MailEvent.SESSION_CANCELLED, key(s, "cancelled", "candidate", c.id),
                    candidate(c), "Session annulée : " + s.label(),
                    MailTemplates.sessionCancelled(c.identity.firstNames + " " + c.identity.birthName, s.label(),
                            s.period(),
                            s.cancelReason).render(), why(s, "convoqué(e) à cette session"), contact(s), null, null));
        }
        for (JuryMember m : s.jury) {
            outbox.enqueue(new MailDraft(MailEvent.SESSION_CANCELLED, key(s, "cancelled", "juror", m.juror.id),
                    juror(m.juror), "Session annulée : " + s.label(),
                    MailTemplates.sessionCancelled(m.juror.fullName(), s.label(), s.period(), s.cancelReason)
                            .render(), why(s, "membre du jury de cette session"), contact(s), null, null));
        }
    }

    /**
     * The rules checked again at the confirmation refused enrolments: the centre's contact address is told, once per
     * session, which candidates and why (their staff logins carry no address).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolmentsRefused(ExamSession s, List<ConfirmationRecheckPolicy.Refused> refused) {
        if (refused.isEmpty()) {
            return;
        }
        List<String> lines = refused.stream().map(r -> r.candidateName() + " : " + r.reason()).toList();
        outbox.enqueue(new MailDraft(MailEvent.ENROLMENTS_REFUSED, "session:" + s.id + ":enrolments-refused",
                CentreContact.of(s.centre), "Inscriptions refusées à la programmation : " + s.label(),
                MailTemplates.enrolmentsRefused(s.centre.name, s.label(), s.period(), lines).render(),
                "Vous recevez ce message parce que votre centre organise cette session et que les règles "
                        + "d'inscription, vérifiées à nouveau le jour de sa programmation, ont refusé ces inscriptions.",
                null, "/sessions/" + s.id, null));
    }

    /** The reminder to one person; keyed by address, so a person convened twice (two roles) is reminded once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reminder(ExamSession s, Recipient to, String role) {
        String who = to.email() == null ? (to.username() == null ? to.name() : to.username())
                : to.email().toLowerCase(java.util.Locale.ROOT);
        outbox.enqueue(new MailDraft(MailEvent.SESSION_REMINDER, "session:" + s.id + ":reminder:" + who, to,
                "Rappel : " + s.label(), MailTemplates.sessionReminder(to.name(), s.label(), s.period(), s.siteLabel)
                .render(), why(s, role) + " Vous pouvez désactiver les rappels (pas les convocations) depuis "
                + "titrepro.", contact(s), "/me/sessions", null));
    }

    public static Recipient candidate(Candidate c) {
        return new Recipient(c.erasedAt == null ? c.email : null, c.identity.firstNames + " " + c.identity.birthName,
                c.username);
    }

    public static Recipient juror(Juror j) {
        return new Recipient(j.email, j.fullName(), j.username);
    }

    private static String key(ExamSession s, String event, String role, long id) {
        return "session:" + s.id + ":" + event + ":" + role + ":" + id;
    }

    private static String why(ExamSession s, String role) {
        return "Vous recevez ce message parce que vous êtes " + role + " (" + s.centre.name + ").";
    }

    public static String contact(ExamSession s) {
        return s.managerName + (s.managerEmail == null ? "" : " <" + s.managerEmail + ">")
                + ", responsable de la session au centre " + s.centre.name;
    }
}
