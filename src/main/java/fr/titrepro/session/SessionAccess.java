package fr.titrepro.session;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves who is calling, and finds the sessions they may see: any other session is a 404, never a 403. */
@ApplicationScoped
public class SessionAccess {

    @Inject
    CurrentUser user;

    @Inject
    CentreRepository centres;

    @Inject
    JurorRepository jurors;

    @Inject
    CandidateRepository candidates;

    @Inject
    ExamSessionRepository sessions;

    public Viewer viewer() {
        String username = user.username();
        if (user.isAdmin()) {
            return new Viewer(username, Viewer.Kind.ADMIN, null, null, null);
        }
        if (user.isCentre()) {
            Centre centre = centres.ofStaff(username).orElseThrow(() -> ProblemException.forbidden(
                    "Votre compte n'est rattaché à aucun centre agréé : demandez à l'administration de vous y "
                            + "rattacher."));
            return new Viewer(username, Viewer.Kind.CENTRE, centre.id, null, null);
        }
        if (user.isJuror()) {
            return new Viewer(username, Viewer.Kind.JUROR, null,
                    jurors.findByUsername(username).map(j -> j.id).orElse(null), null);
        }
        if (user.isCandidate()) {
            return new Viewer(username, Viewer.Kind.CANDIDATE, null, null,
                    candidates.findByUsername(username).map(c -> c.id).orElse(null));
        }
        return new Viewer(username, Viewer.Kind.NONE, null, null, null);
    }

    /** The session if the viewer may read it; 404 otherwise. */
    public ExamSession visible(long id, Viewer viewer) {
        ExamSession session = sessions.findById(id);
        if (session == null || !viewer.sees(session)) {
            throw notFound(id);
        }
        return session;
    }

    /** The session if the viewer may change it (administration, organising centre); 404 when not even visible. */
    /** {@link #managed}, the session's row locked first: its writers (enrolments, dates, transitions) go one at a time. */
    public ExamSession managedForUpdate(long id, Viewer viewer) {
        sessions.lockRow(id);
        return managed(id, viewer);
    }

    public ExamSession managed(long id, Viewer viewer) {
        ExamSession session = visible(id, viewer);
        if (!viewer.manages(session)) {
            throw ProblemException.forbidden("Seuls le centre organisateur et l'administration modifient une session.");
        }
        return session;
    }

    /** A candidate the viewer may enrol: the administration any, a centre those it follows. */
    public Candidate enrollable(long candidateId, Viewer viewer) {
        Candidate candidate = candidates.findById(candidateId);
        if (!mayEnrol(candidate, viewer)) {
            throw ProblemException.notFound(notFollowed(candidateId));
        }
        return candidate;
    }

    /** The administration enrols any candidate, a centre those it follows. */
    public static boolean mayEnrol(Candidate candidate, Viewer viewer) {
        return candidate != null && (viewer.isAdmin() || (viewer.centreId() != null
                && candidate.isFollowedBy(viewer.centreId())));
    }

    public static String notFollowed(long candidateId) {
        return "Aucun candidat n° " + candidateId + " parmi ceux que vous suivez.";
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("Aucune session n° " + id + " ne vous est accessible.");
    }
}
