package fr.titrepro.eligibility.api;

import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeLinkProposals;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * The centre following a person answers the proposed link of a VAE recevabilité to that person (DOMAIN « VAE
 * eligibility »: it proposes the link and a human confirms it); the adviser answers on the application itself.
 */
@Path("/api/vae/link-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "VAE")
@RolesAllowed({Roles.CENTRE, Roles.ADMIN})
public class VaeLinkProposalResource {

    /** A proposal as the centre sees it: the decision, the title, the question and the person concerned. */
    public record LinkProposalView(long applicationId, String decisionReference, LocalDate decisionDate,
                                   String titleCode, String adviser, String question,
                                   String proposedCandidateReference, String proposedCandidateName) {
        static LinkProposalView of(VaeApplication a) {
            return new LinkProposalView(a.id, a.decisionReference, a.decisionDate, a.titleCode, a.adviserUsername,
                    VaeViews.question(a), a.proposedCandidate.reference, a.proposedCandidate.fullName());
        }
    }

    @Inject
    VaeLinkProposals service;

    @GET
    @Operation(summary = "Les rattachements proposés à des personnes suivies par le centre, en attente de réponse")
    public List<LinkProposalView> list() {
        return service.linkProposalsOfCentre().stream().map(LinkProposalView::of).toList();
    }

    @POST
    @Path("{applicationId}")
    @Operation(summary = "Confirmer (confirm: true) ou refuser (false) le rattachement proposé ; 404 si le centre "
            + "ne suit pas la personne")
    public List<LinkProposalView> answer(@PathParam("applicationId") long applicationId, VaeViews.LinkAnswer answer) {
        if (answer == null || answer.confirm() == null) {
            throw ProblemException.invalidField("confirm", "Indiquez si le rattachement est confirmé (true) ou "
                    + "refusé (false).");
        }
        service.answerLinkAsCentre(applicationId, answer.confirm());
        return list();
    }
}
