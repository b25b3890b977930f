package fr.titrepro.scoring.alert;

import fr.titrepro.notification.MailDraft;
import fr.titrepro.notification.MailEvent;
import fr.titrepro.notification.MailTemplates;
import fr.titrepro.notification.Outbox;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionNotices;
import fr.titrepro.session.jury.Juror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Issue 15: the juror whose grids are still open at the end of a session day is told which candidates wait, with the
 * link to each grid page ({@link OpenGridAlertPolicy}); one message per juror, session and day.
 */
@ApplicationScoped
public class GridNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "titrepro.documents.public-base-url")
    String publicUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    public void gridsOpen(ExamSession s, Juror j, LocalDate day, List<OpenGridAlertPolicy.Seat> open) {
        List<String> lines = open.stream().map(seat -> seat.candidateName() + " : " + publicUrl
                + gridPath(s.id, seat.enrolmentId())).toList();
        outbox.enqueue(new MailDraft(MailEvent.GRIDS_OPEN,
                "session:" + s.id + ":open-grids:" + day + ":juror:" + j.id, SessionNotices.juror(j),
                "Grilles non soumises (" + DAY.format(day) + ") : " + s.label(),
                MailTemplates.gridsOpen(j.fullName(), s.label(), DAY.format(day), lines).render(),
                "Vous recevez ce message parce que vous êtes membre du jury de cette session (" + s.centre.name
                        + ") et que des grilles à votre nom ne sont pas soumises ce soir. C'est une alerte de "
                        + "fonctionnement : elle ne dépend pas de vos préférences de rappels.",
                SessionNotices.contact(s), "/scoring", null));
    }

    static String gridPath(long sessionId, long enrolmentId) {
        return "/scoring/sessions/" + sessionId + "/enrolments/" + enrolmentId;
    }
}
