package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateEnrolments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The sessions not over a person is enrolled in (not withdrawn), for the erasure rule of the candidates. */
@ApplicationScoped
public class SessionEnrolmentsOfCandidate implements CandidateEnrolments {

    @Inject
    EnrolmentRepository enrolments;

    @Override
    public List<String> openSessionsOf(Candidate candidate) {
        return enrolments.openOf(candidate.id).stream()
                .map(e -> e.session.label() + " (" + e.session.status.label().toLowerCase() + ")").toList();
    }
}
