package fr.titrepro.demo;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ExamSessionRepository;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.EnrolmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps the builders of the demo's current sessions share ({@link SessionJuryDemo}, {@link ScoringDemo},
 * {@link DeliberationDemo}): the centre of a staff login, the candidates a centre presents, and a session titre TRI
 * planned and filled through the session and enrolment services, as a centre would.
 */
@ApplicationScoped
public class DemoSessions {

    private static final Logger LOG = Logger.getLogger(DemoSessions.class);
    static final String TITLE = "TP-00496";
    /** The demo's candidate logins (CentreCandidateDemo). */
    static final List<String> CANDIDATE_LOGINS = List.of("candidat", "candidat2");

    @Inject
    CentreRepository centres;

    @Inject
    CandidateRepository candidates;

    @Inject
    CentreCandidateDemo centresAndCandidates;

    @Inject
    ExamSessionRepository sessions;

    @Inject
    SessionService sessionService;

    @Inject
    EnrolmentService enrolmentService;

    /** The demo acting as the administration, its records signed {@code author}. */
    static Viewer viewer(String author) {
        return new Viewer(author, Viewer.Kind.ADMIN, null, null, null);
    }

    /** The centre of that staff login (absent without the centre demo data). */
    Optional<Centre> centreOf(String staff) {
        return centres.ofStaff(staff);
    }

    /** The session of that centre the demo built before (signed {@code author}), if any: a second run adds nothing. */
    Optional<ExamSession> existing(Centre centre, String author) {
        return sessions.firstCreatedBy(centre.id, author);
    }

    /**
     * The candidates of {@code logins} (only those the centre follows when {@code followedOnly}), then the centre's
     * TRI trainees but the other demo logins, each once, in that order; {@code limit} at most.
     */
    List<Candidate> candidates(Centre centre, List<String> logins, boolean followedOnly, int limit) {
        Set<Candidate> chosen = new LinkedHashSet<>();
        logins.forEach(login -> candidates.findByUsername(login)
                .filter(c -> !followedOnly || c.isFollowedBy(centre.id)).ifPresent(chosen::add));
        centresAndCandidates.trainees(centre).stream()
                .filter(c -> c.username == null || logins.contains(c.username)
                        || !CANDIDATE_LOGINS.contains(c.username))
                .forEach(chosen::add);
        return chosen.stream().limit(limit).toList();
    }

    /** A session titre TRI of the centre from {@code start} to the next day, 12 places, as a draft. */
    long plan(Centre centre, LocalDate start, Viewer by) {
        return sessionService.create(new SessionCommands.NewSession(TITLE, null, SessionType.TITLE, null, null, start,
                start.plusDays(1), 12, "Marc Lefebvre", "marc.lefebvre@titrepro.test", centre.id, null), by);
    }

    /**
     * Enrols the first {@code max} of {@code chosen} the enrolment rules accept; says in the log why the others are
     * not. Returns how many were enrolled.
     */
    int enrol(long sessionId, List<Candidate> chosen, int max, Viewer by, String step) {
        ExamSession session = sessions.findById(sessionId);
        int enrolled = 0;
        for (Candidate c : chosen) {
            if (enrolled == max) {
                break;
            }
            // checked first: a refusal thrown inside the demo's transaction would roll all its data back
            var decision = enrolmentService.check(session, c);
            if (decision.eligible()) {
                enrolmentService.enrol(sessionId, new SessionCommands.NewEnrolment(c.id, null), by);
                enrolled++;
            } else {
                LOG.infof("Démo %s : %s non inscrit(e) : %s", step, c.fullName(), decision.refusals());
            }
        }
        return enrolled;
    }
}
