package fr.titrepro.session.paperwork;

import fr.titrepro.session.ExamSession;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentService;
import fr.titrepro.session.jury.JuryMember;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The convocations, for those who may download them: the centre and the administration, or their addressee. */
@ApplicationScoped
public class ConvocationService {

    @Inject
    SessionAccess access;

    @Inject
    EnrolmentService enrolments;

    @Inject
    RuleFacts facts;

    public byte[] candidate(long sessionId, long enrolmentId, Viewer viewer) {
        Enrolment e = enrolments.visibleEnrolment(sessionId, enrolmentId, viewer);
        requireHeld(e.session);
        return ConvocationPdf.candidate(e, facts.timetable(e.session).get(e.id));
    }

    public byte[] juror(long sessionId, long jurorId, Viewer viewer) {
        ExamSession s = access.visible(sessionId, viewer);
        JuryMember member = s.jury.stream()
                .filter(m -> m.juror.id == jurorId)
                .filter(m -> viewer.manages(s) || m.juror.id.equals(viewer.jurorId()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Aucun membre de jury n° " + jurorId
                        + " ne vous est accessible pour cette session."));
        requireHeld(s);
        return ConvocationPdf.juror(s, member.juror, facts.timetable(s));
    }

    private static void requireHeld(ExamSession s) {
        if (s.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("La session est annulée : il n'y a pas de convocation.");
        }
    }
}
