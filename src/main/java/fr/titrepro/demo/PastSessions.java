package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreApproval;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.SessionTransition;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentStatus;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JuryMember;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A session titre of the past as planning would have left it, for the demo sessions that have already taken place
 * ({@link DeliberationDemo}, {@link PastSessionWriter}): planning refuses past dates, so they are written through the
 * entities. Builds entities only; the caller persists them.
 */
final class PastSessions {

    /** What the session is: its title version, centre and approved site, dates, manager, status and author. */
    record Spec(TitleVersion version, Centre centre, CentreApproval approval, LocalDate start, LocalDate end,
                int capacity, String managerName, String managerEmail, SessionStatus status, String author,
                Instant createdAt) {
    }

    private PastSessions() {
    }

    static ExamSession session(Spec spec) {
        ExamSession s = new ExamSession();
        s.titleVersion = spec.version();
        s.type = SessionType.TITLE;
        s.centre = spec.centre();
        s.approval = spec.approval();
        s.siteLabel = spec.approval().siteLabel();
        s.startDate = spec.start();
        s.endDate = spec.end();
        s.capacity = spec.capacity();
        s.managerName = spec.managerName();
        s.managerEmail = spec.managerEmail();
        s.status = spec.status();
        s.createdAt = spec.createdAt();
        s.createdBy = spec.author();
        return s;
    }

    static void transition(ExamSession s, SessionStatus from, SessionStatus to, Instant at, String actor,
                           String reason) {
        SessionTransition t = new SessionTransition();
        t.session = s;
        t.fromStatus = from;
        t.toStatus = to;
        t.at = at;
        t.actor = actor;
        t.reason = reason;
        s.transitions.add(t);
    }

    /** The jury and the candidates, each enrolled for every CCP of the title and the entretien final. */
    static void seat(ExamSession s, List<Juror> jury, List<Candidate> candidates, Instant at, String author) {
        for (Juror j : jury) {
            JuryMember m = new JuryMember();
            m.session = s;
            m.juror = j;
            m.assignedAt = at;
            m.assignedBy = author;
            s.jury.add(m);
        }
        for (Candidate c : candidates) {
            Enrolment e = new Enrolment();
            e.session = s;
            e.candidate = c;
            e.status = EnrolmentStatus.ENROLLED;
            e.ccpNumbers.addAll(s.assessedCcpNumbers());
            e.finalInterview = true;
            e.enrolledAt = at;
            e.enrolledBy = author;
            s.enrolments.add(e);
        }
    }
}
