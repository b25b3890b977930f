package fr.titrepro.session.api;

import fr.titrepro.session.ExamSession;
import fr.titrepro.session.TimetablePlanner;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.jury.JuryCompositionPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

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

    public static CandidateSessionDetail candidate(ExamSession s, Viewer viewer,
                                                   Map<Long, List<TimetablePlanner.Slot>> timetable) {
        SessionViews.EnrolmentView own = s.activeEnrolments().stream()
                .filter(e -> e.candidate.id.equals(viewer.candidateId())).findFirst()
                .map(e -> SessionViews.enrolment(e, timetable.get(e.id))).orElse(null);
        return new CandidateSessionDetail(SessionViews.summary(s), s.managerName, s.cancelReason, own);
    }

    public static JurorSessionDetail juror(ExamSession s, Viewer viewer,
                                           Map<Long, List<TimetablePlanner.Slot>> timetable,
                                           List<JuryCompositionPolicy.IncompleteJury> incomplete) {
        return new JurorSessionDetail(SessionViews.summary(s), s.managerName, s.cancelReason,
                "/api/sessions/" + s.id + "/jury/" + viewer.jurorId() + "/convocation.pdf",
                SessionViews.jury(s, false),
                s.activeEnrolments().stream().map(e -> new JuryCandidateView(e.candidate.id, e.candidate.fullName(),
                        SessionViews.slots(timetable.get(e.id)))).toList(),
                s.conflicts.stream().filter(c -> c.juror.id.equals(viewer.jurorId()))
                        .map(SessionViews::conflict).toList(),
                incomplete.stream().map(SessionViews.IncompleteJuryView::of).toList());
    }
}
