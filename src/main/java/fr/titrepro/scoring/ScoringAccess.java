package fr.titrepro.scoring;

import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Who may read and write a candidate's grids: a juror of the session (anyone else: 404), who declared no link with
 * the candidate (403), while the session is in progress or in deliberation (422 otherwise; nothing after CLOSED).
 */
@ApplicationScoped
public class ScoringAccess {

    /** A juror of the session, facing one of its candidates. */
    public record Seat(ExamSession session, Enrolment enrolment, Juror juror) {
    }

    /** What the write rules need about a grid, read in one statement (optionally with shared locks). */
    public record Gate(long gridId, long sessionId, long enrolmentId, long jurorId, long candidateId,
                       GridStatus gridStatus, SessionStatus sessionStatus) {
    }

    @Inject
    CurrentUser user;

    @Inject
    JurorRepository jurors;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    EvaluationGridRepository grids;

    @Inject
    EnrolmentRepository enrolments;

    /** The juror record of the current login, if it is a juror's. */
    public Optional<Juror> loggedJuror() {
        return jurors.findByUsername(user.username());
    }

    /** The juror record of the current login; 404 on the session when there is none. */
    public Juror currentJuror(long sessionId) {
        return loggedJuror().orElseThrow(() -> sessionNotFound(sessionId));
    }

    public Seat seat(long sessionId, long enrolmentId) {
        Juror juror = currentJuror(sessionId);
        ExamSession session = sessions.findById(sessionId);
        if (session == null || !session.hasJuror(juror.id)) {
            throw sessionNotFound(sessionId);
        }
        // found alone: a session may have hundreds of enrolments
        Enrolment enrolment = enrolments.findById(enrolmentId);
        if (enrolment == null || enrolment.session.id != sessionId || !enrolment.isActive()) {
            throw ProblemException.notFound("La session n° " + sessionId + " n'a pas d'inscription n° " + enrolmentId
                    + ".");
        }
        if (session.declaredLink(juror.id, enrolment.candidate.id)) {
            throw conflicted();
        }
        requireOpen(session.status);
        return new Seat(session, enrolment, juror);
    }

    /** Reading a grid: its owner only (any other user: 404). */
    public Gate forRead(long gridId) {
        return gate(gridId, false, false, false);
    }

    /**
     * Writing a line or a proposal of a grid: shared locks on the grid and the session, so that neither its
     * submission nor the session's closing slips in before this save commits.
     *
     * @param exclusive the grid row itself is updated: lock it exclusively first (no lock upgrade, no deadlock)
     * @param draft     refuse a submitted grid
     */
    public Gate forWrite(long gridId, boolean exclusive, boolean draft) {
        return gate(gridId, true, exclusive, draft);
    }

    private Gate gate(long gridId, boolean lock, boolean exclusive, boolean draft) {
        EvaluationGridRepository.GateRow r = grids.gate(gridId, lock, exclusive)
                .orElseThrow(() -> gridNotFound(gridId));
        if (!r.jurorUsername().equals(user.username()) || !r.jurorSits()) {
            throw gridNotFound(gridId);
        }
        if (r.conflicted()) {
            throw conflicted();
        }
        SessionStatus sessionStatus = SessionStatus.valueOf(r.sessionStatus());
        requireOpen(sessionStatus);
        GridStatus gridStatus = GridStatus.valueOf(r.gridStatus());
        if (draft && gridStatus == GridStatus.SUBMITTED) {
            throw ProblemException.rule("Vous avez soumis cette grille : elle ne se modifie plus. Les désaccords "
                    + "se règlent dans la vue de réconciliation.", List.of());
        }
        return new Gate(gridId, r.sessionId(), r.enrolmentId(), r.jurorId(), r.candidateId(), gridStatus,
                sessionStatus);
    }

    public static void requireOpen(SessionStatus status) {
        switch (status) {
            case IN_PROGRESS, DELIBERATION -> {
                // open
            }
            case DRAFT, SCHEDULED -> throw ProblemException.rule("La notation s'ouvre quand la session commence "
                    + "(état actuel : " + status.label() + ").", List.of());
            case CLOSED, VALIDATED -> throw ProblemException.rule("La session est close : les grilles ne se lisent "
                    + "et ne se modifient plus ; les résultats figurent au procès-verbal.", List.of());
            case CANCELLED -> throw ProblemException.rule("La session est annulée : il n'y a pas de notation.",
                    List.of());
        }
    }

    static ProblemException conflicted() {
        return ProblemException.forbidden("Vous avez déclaré un lien avec ce candidat : vous ne participez ni à son "
                + "évaluation ni à sa délibération.");
    }

    public static ProblemException gridNotFound(long gridId) {
        return ProblemException.notFound("Aucune grille n° " + gridId + " ne vous est accessible.");
    }

    static ProblemException sessionNotFound(long sessionId) {
        return ProblemException.notFound("Aucune session n° " + sessionId + " ne vous est accessible.");
    }
}
