package fr.titrepro.session.api;

import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ParticipantSessions;
import fr.titrepro.session.Viewer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A session as its candidates and jurors read it through the API: exactly what « Mes sessions » shows them, in
 * records of their own (a field a role must not see is absent, not null). The session's managers get
 * {@link SessionViews.SessionDetail}.
 */
public final class ParticipantViews {

    private ParticipantViews() {
    }

    /** What {@code GET /api/sessions/{id}} answers: one record per kind of reader. */
    @Schema(oneOf = {SessionViews.SessionDetail.class, JurorSessionDetail.class, CandidateSessionDetail.class})
    public sealed interface SessionView
            permits SessionViews.SessionDetail, JurorSessionDetail, CandidateSessionDetail {
    }

    /**
     * A candidate's session: the session, its responsible person's name, and their own enrolment (timetable,
     * accommodations, convocation, result). No jury, conflicts, history, staff e-mail nor other enrolments.
     */
    public record CandidateSessionDetail(SessionViews.SessionSummary session, String managerName,
                                         String cancelReason, SessionViews.EnrolmentView enrolment)
            implements SessionView {
    }

    /** A candidate as the jury sees them: name and times of their épreuves, nothing of their record. */
    public record JuryCandidateView(long candidateId, String candidateName, List<SessionViews.SlotView> timetable) {
    }

    /**
     * A juror's session: the jury, the candidates to evaluate, the juror's own declarations of conflict and the
     * candidates left without two jurors. No staff e-mail, other jurors' declarations nor transitions history.
     */
    public record JurorSessionDetail(SessionViews.SessionSummary session, String managerName, String cancelReason,
                                     String convocationUrl, List<SessionViews.JuryMemberView> jury,
                                     List<JuryCandidateView> candidates, List<SessionViews.ConflictView> conflicts,
                                     List<SessionViews.IncompleteJuryView> incompleteJuries)
            implements SessionView {
    }

    /** The session as its reader, a juror or a candidate, sees it. */
    public static SessionView of(ParticipantSessions.Participation p, Viewer viewer) {
        return viewer.kind() == Viewer.Kind.JUROR ? juror(p, viewer) : candidate(p);
    }

    static CandidateSessionDetail candidate(ParticipantSessions.Participation p) {
        ExamSession s = p.session();
        SessionViews.EnrolmentView own = p.rows().stream().findFirst()
                .map(t -> SessionViews.enrolment(t.enrolment(), t.slots())).orElse(null);
        return new CandidateSessionDetail(SessionViews.summary(s), s.managerName, s.cancelReason, own);
    }

    static JurorSessionDetail juror(ParticipantSessions.Participation p, Viewer viewer) {
        ExamSession s = p.session();
        return new JurorSessionDetail(SessionViews.summary(s), s.managerName, s.cancelReason, p.convocationUrl(),
                SessionViews.jury(s, false),
                p.rows().stream().map(t -> new JuryCandidateView(t.enrolment().candidate.id,
                        t.enrolment().candidate.fullName(), SessionViews.slots(t.slots()))).toList(),
                s.conflicts.stream().filter(c -> c.juror.id.equals(viewer.jurorId()))
                        .map(SessionViews::conflict).toList(),
                p.incompleteJuries().stream().map(SessionViews.IncompleteJuryView::of).toList());
    }
}
