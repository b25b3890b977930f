package fr.titrepro.deliberation;

import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Who may do what in a deliberation: the jurors of the session deliberate and sign (anyone else: 404); the
 * administration and the organising centre read; the administration validates and records appeals.
 */
@ApplicationScoped
public class DeliberationAccess {

    /** A juror of the session. */
    public record JurorSeat(ExamSession session, Juror juror) {
    }

    @Inject
    CurrentUser user;

    @Inject
    SessionAccess sessions;

    @Inject
    ExamSessionRepository sessionRepository;

    @Inject
    JurorRepository jurors;


    /** The session, for its jurors, its managers; 404 for anyone else (candidates see their results elsewhere). */
    public ExamSession reader(long sessionId) {
        Viewer viewer = sessions.viewer();
        ExamSession session = sessions.visible(sessionId, viewer);
        if (viewer.kind() == Viewer.Kind.CANDIDATE) {
            throw notFound(sessionId);
        }
        return session;
    }

    /** The session with a write lock, for one of its jurors; 404 for anyone else. */
    public JurorSeat juror(long sessionId) {
        Juror juror = jurors.findByUsername(user.username()).orElseThrow(() -> notFound(sessionId));
        sessionRepository.lockRow(sessionId);
        ExamSession session = sessionRepository.findById(sessionId);
        if (session == null || !session.hasJuror(juror.id)) {
            throw notFound(sessionId);
        }
        return new JurorSeat(session, juror);
    }

    /** The session with a write lock, for the administration (acting for the DREETS). */
    public ExamSession administration(long sessionId) {
        Viewer viewer = sessions.viewer();
        if (viewer.isAdmin()) {
            sessionRepository.lockRow(sessionId);
        }
        ExamSession session = sessions.visible(sessionId, viewer);
        if (!viewer.isAdmin()) {
            throw ProblemException.forbidden("Seule l'administration (DREETS) valide un procès-verbal et enregistre "
                    + "un recours.");
        }
        return session;
    }

    /** The session, for its managers (administration, organising centre). */
    public ExamSession manager(long sessionId) {
        return sessions.managed(sessionId, sessions.viewer());
    }

    /** An active enrolment of the session; 404 otherwise. */
    public static Enrolment enrolment(ExamSession session, Long enrolmentId) {
        return session.enrolments.stream().filter(e -> e.id.equals(enrolmentId) && e.isActive()).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Aucun candidat inscrit n° " + enrolmentId
                        + " dans cette session."));
    }

    /** A juror who declared a link with the candidate takes no part in that candidate's decision. */
    public static void requireNoConflict(ExamSession session, Juror juror, Enrolment enrolment) {
        if (session.declaredLink(juror.id, enrolment.candidate.id)) {
            throw ProblemException.forbidden("Vous avez déclaré un lien avec " + enrolment.candidate.fullName()
                    + " : vous ne prenez pas part à la décision le concernant.");
        }
    }

    /** The deliberation is open while the session is in deliberation; after the PV, results are final. */
    public static void requireDeliberation(ExamSession session) {
        switch (session.status) {
            case DELIBERATION -> {
                // open
            }
            case CLOSED, VALIDATED -> throw ProblemException.conflict("Le procès-verbal est signé : la session est "
                    + session.status.label().toLowerCase() + " et ses résultats ne changent plus. Une correction "
                    + "passe par un recours.");
            default -> throw ProblemException.rule("La délibération s'ouvre quand la session passe en délibération "
                    + "(état actuel : " + session.status.label() + ").", List.of());
        }
    }

    public static boolean isFinal(SessionStatus status) {
        return status == SessionStatus.CLOSED || status == SessionStatus.VALIDATED;
    }

    static ProblemException notFound(long sessionId) {
        return ProblemException.notFound("Aucune session n° " + sessionId + " ne vous est accessible.");
    }
}
