package fr.titrepro.candidate;

import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreService;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Who may see which candidate: the administration every one; a centre the candidates it follows; a candidate their
 * own record. Anything else is "not found", so that a centre learns nothing about another centre's candidates.
 */
@ApplicationScoped
public class CandidateAccess {

    @Inject
    CurrentUser user;

    @Inject
    CandidateRepository candidates;

    @Inject
    CentreService centres;

    public Candidate readable(long id) {
        Candidate c = existing(id);
        if (user.isAdmin()
                || user.isCentre() && centres.centreOf(user.username()).map(own -> c.isFollowedBy(own.id)).orElse(false)
                || user.isCandidate() && user.username() != null && user.username().equals(c.username)) {
            return c;
        }
        throw notFound();
    }

    /** Admin, or a centre that follows the candidate: the candidate themselves cannot edit their record. */
    public Candidate editable(long id) {
        Candidate c = existing(id);
        if (user.isAdmin() || user.isCentre() && c.isFollowedBy(callerCentre().id)) {
            return c;
        }
        throw notFound();
    }

    /** The centre whose candidates the caller reads: null for the administration (all of them). */
    public Long listingCentreId() {
        return user.isAdmin() ? null : callerCentre().id;
    }

    /**
     * The centres following {@code c} that the caller may see on the record: all of them for the administration and
     * the candidate, only their own for a centre.
     */
    public List<CandidateFollow> visibleFollows(Candidate c) {
        if (user.isAdmin() || !user.isCentre()) {
            return c.follows;
        }
        long own = centres.centreOf(user.username()).map(x -> x.id).orElse(-1L);
        return c.follows.stream().filter(f -> f.centre.id == own).toList();
    }

    /**
     * The centre an import or a registration is for: the one an administrator names (required when
     * {@code required}), the caller's own for a centre (naming another one is refused).
     */
    public Centre targetCentre(Long requestedId, boolean required) {
        if (user.isAdmin()) {
            if (requestedId == null) {
                if (required) {
                    throw ProblemException.invalidField("centreId", "Choisissez le centre pour lequel importer.");
                }
                return null;
            }
            return centres.get(requestedId);
        }
        Centre own = callerCentre();
        if (requestedId != null && !requestedId.equals(own.id)) {
            throw ProblemException.invalidField("centreId", "Vous ne pouvez inscrire des candidats que pour votre centre.");
        }
        return own;
    }

    public Centre callerCentre() {
        return centres.callerCentre();
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    public String username() {
        return user.username();
    }

    private Candidate existing(long id) {
        return candidates.findByIdOptional(id).filter(c -> !c.isErased()).orElseThrow(CandidateAccess::notFound);
    }

    public static ProblemException notFound() {
        return ProblemException.notFound("Candidat introuvable.");
    }
}
