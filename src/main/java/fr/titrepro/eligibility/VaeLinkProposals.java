package fr.titrepro.eligibility;

import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The centres' side of the link proposals (DOMAIN « VAE eligibility »): a recevable application proposed as the
 * record of a person a centre follows waits for that centre (or the adviser, {@link VaeApplicationService}) to
 * confirm or refuse the link.
 */
@ApplicationScoped
public class VaeLinkProposals {

    @Inject
    VaeApplicationRepository applications;

    @Inject
    CandidateAccess candidateAccess;

    @Inject
    VaeCandidateRegistration registration;

    @Inject
    CurrentUser user;

    /**
     * The proposals a centre may answer: those whose proposed person it follows (all for an admin). DOMAIN « VAE
     * eligibility »: the adviser, or the centre following the person, confirms the link.
     */
    public List<VaeApplication> linkProposalsOfCentre() {
        Long centreId = candidateAccess.listingCentreId();
        return applications.pendingLinks().stream()
                .filter(a -> centreId == null || a.proposedCandidate.isFollowedBy(centreId))
                .toList();
    }

    /** The centre following the proposed person (or an admin) answers; 404 for anyone else. */
    @Transactional
    public void answerLinkAsCentre(long id, boolean confirm) {
        VaeApplication app = applications.findById(id);
        if (app == null || app.proposedCandidate == null) {
            throw ProblemException.notFound("Aucune proposition de rattachement n° " + id + ".");
        }
        candidateAccess.editable(app.proposedCandidate.id);
        if (confirm) {
            registration.confirm(app, user.username());
        } else {
            registration.refuse(app, user.username());
        }
    }
}
