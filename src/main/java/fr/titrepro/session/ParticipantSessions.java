package fr.titrepro.session;

import fr.titrepro.session.jury.JuryCompositionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A session as one of its participants reads it (« Mes sessions », {@code GET /api/sessions/{id}} for a juror or a
 * candidate): a juror every candidate, a candidate their own enrolment, each with the times of their épreuves; the
 * convocation of the reader; for a juror, the candidates left without two jurors without conflict.
 */
@ApplicationScoped
public class ParticipantSessions {

    /** One session of a juror or a candidate, with the rows they may see. */
    public record Participation(ExamSession session, List<TimedEnrolment> rows, String convocationUrl,
                                List<JuryCompositionPolicy.IncompleteJury> incompleteJuries) {
    }

    @Inject
    SessionLists lists;

    @Inject
    RuleFacts facts;

    /** The viewer's upcoming (not finished) or past sessions. */
    public List<Participation> mine(Viewer viewer, boolean upcoming) {
        return lists.list(viewer, upcoming, 0, 100).items().stream().map(s -> of(s, viewer)).toList();
    }

    /** The session {@code s} (that the viewer may see) as the viewer, a juror or a candidate, reads it. */
    public Participation of(ExamSession s, Viewer viewer) {
        boolean juror = viewer.kind() == Viewer.Kind.JUROR;
        List<TimedEnrolment> rows = TimedEnrolment.of(s, facts.timetable(s)).stream()
                .filter(t -> juror || t.enrolment().candidate.id.equals(viewer.candidateId())).toList();
        String url = juror ? "/api/sessions/" + s.id + "/jury/" + viewer.jurorId() + "/convocation.pdf"
                : rows.isEmpty() ? null : "/api/sessions/" + s.id + "/enrolments/" + rows.getFirst().enrolment().id
                + "/convocation.pdf";
        return new Participation(s, rows, url, juror ? facts.incompleteJuries(s) : List.of());
    }
}
