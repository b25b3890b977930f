package fr.titrepro.session.jury;

import fr.titrepro.session.ExamSession;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;

/** Composes a session's jury and records the jurors' declared conflicts of interest. */
@ApplicationScoped
public class JuryService {

    @Inject
    SessionAccess access;

    @Inject
    JurorRepository jurors;

    @Inject
    RuleFacts facts;

    @Inject
    Validator validator;

    /**
     * Habilitation on every day of the session, experience and free dates are checked now; the whole composition
     * when the session starts. Once started (in progress, in deliberation) a juror can still be added: a conflict
     * declared late may leave a candidate with one juror, and one juror never decides alone (DOMAIN "Centres,
     * jurors"). The juror added late scores the candidates' grids from the same snapshot as the others.
     */
    @Transactional
    public void assign(long sessionId, long jurorId, Viewer viewer) {
        ExamSession s = access.managed(sessionId, viewer);
        if (!acceptsNewJurors(s.status)) {
            SessionService.requirePlanning(s, "les membres du jury");
        }
        // one juror assigned at a time: two sessions cannot both take the same dates of theirs
        Juror juror = jurors.findById(jurorId, LockModeType.PESSIMISTIC_WRITE);
        if (juror == null) {
            throw ProblemException.notFound("Aucun membre de jury n° " + jurorId + ".");
        }
        if (s.hasJuror(jurorId)) {
            throw ProblemException.conflict(juror.fullName() + " fait déjà partie du jury de cette session.");
        }
        List<JuryCompositionPolicy.Violation> violations = JuryCompositionPolicy.checkJuror(
                RuleFacts.jurySession(s), facts.juror(juror, s));
        if (!violations.isEmpty()) {
            throw ProblemException.rule(juror.fullName() + " ne peut pas siéger à cette session : "
                            + String.join(" ", violations.stream().map(JuryCompositionPolicy.Violation::message).toList()),
                    violations.stream().map(v -> new FieldError(v.rule(), v.message())).toList());
        }
        JuryMember member = new JuryMember();
        member.session = s;
        member.juror = juror;
        member.assignedAt = Instant.now();
        member.assignedBy = viewer.username();
        s.jury.add(member);
        s.updatedAt = Instant.now();
    }

    /** A juror can join while the session is planned, and once started until it is closed. */
    public static boolean acceptsNewJurors(SessionStatus status) {
        return status.isPlanning() || status == SessionStatus.IN_PROGRESS || status == SessionStatus.DELIBERATION;
    }

    /** Takes a juror off the jury, with the conflicts they declared for this session. */
    @Transactional
    public void remove(long sessionId, long jurorId, Viewer viewer) {
        ExamSession s = access.managed(sessionId, viewer);
        SessionService.requirePlanning(s, "les membres du jury");
        if (!s.jury.removeIf(m -> m.juror.id == jurorId)) {
            throw ProblemException.notFound("Le membre de jury n° " + jurorId + " ne siège pas à cette session.");
        }
        s.conflicts.removeIf(c -> c.juror.id == jurorId);
        s.updatedAt = Instant.now();
    }

    /**
     * A juror's link with a candidate, declared by the juror themself or by the session's managers, until the
     * session is closed. It excludes the juror from that candidate's evaluation and deliberation.
     */
    @Transactional
    public long declareConflict(long sessionId, SessionCommands.NewConflict c, Viewer viewer) {
        ExamSession s = access.visible(sessionId, viewer);
        SessionCommands.validate(validator, c);
        if (!viewer.manages(s) && !(viewer.kind() == Viewer.Kind.JUROR && c.jurorId().equals(viewer.jurorId()))) {
            throw ProblemException.forbidden("Un membre du jury ne déclare que ses propres liens avec les candidats.");
        }
        if (s.status.isFrozen()) {
            throw ProblemException.conflict("La session est " + s.status.label().toLowerCase()
                    + " : plus aucun conflit d'intérêts ne peut y être déclaré.");
        }
        JuryMember member = s.jury.stream().filter(m -> m.juror.id.equals(c.jurorId())).findFirst()
                .orElseThrow(() -> ProblemException.rule("Ce conflit n'a pas été enregistré.", List.of(
                        new FieldError("jurorId", "Le membre de jury n° " + c.jurorId()
                                + " ne siège pas à cette session."))));
        Enrolment enrolment = s.activeEnrolments().stream().filter(e -> e.candidate.id.equals(c.candidateId()))
                .findFirst().orElseThrow(() -> ProblemException.rule("Ce conflit n'a pas été enregistré.", List.of(
                        new FieldError("candidateId", "Le candidat n° " + c.candidateId()
                                + " n'est pas inscrit à cette session."))));
        if (s.conflicts.stream().anyMatch(k -> k.juror.id.equals(c.jurorId())
                && k.candidate.id.equals(c.candidateId()))) {
            throw new ProblemException(ProblemType.DUPLICATE, member.juror.fullName() + " a déjà déclaré un lien avec "
                    + enrolment.candidate.fullName() + " pour cette session.");
        }
        ConflictOfInterest conflict = new ConflictOfInterest();
        conflict.session = s;
        conflict.juror = member.juror;
        conflict.candidate = enrolment.candidate;
        conflict.kind = c.kind();
        conflict.note = JurorService.blankToNull(c.note());
        conflict.declaredAt = Instant.now();
        conflict.declaredBy = viewer.username();
        s.conflicts.add(conflict);
        jurors.flush();
        return conflict.id;
    }
}
