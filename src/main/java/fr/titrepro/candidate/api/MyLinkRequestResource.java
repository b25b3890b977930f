package fr.titrepro.candidate.api;

import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.link.LinkRequestService;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The calling candidate answers the centres that ask to follow them (their consent to share their record). */
@Path("/api/me/link-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidats")
@RolesAllowed(Roles.CANDIDATE)
public class MyLinkRequestResource {

    @Inject
    CandidateService candidates;

    @Inject
    LinkRequestService requests;

    @GET
    @Operation(summary = "Les demandes de rattachement de centres à mon dossier (en attente d'abord)")
    public List<LinkRequestViews.LinkRequestView> list() {
        return requests.mine(candidates.own()).stream().map(LinkRequestViews.LinkRequestView::forDecider).toList();
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accepter : le centre suit mon dossier (identité, coordonnées, aménagements)")
    public LinkRequestViews.LinkRequestView accept(@PathParam("id") long id) {
        return LinkRequestViews.LinkRequestView.forDecider(requests.answerAsThePerson(candidates.own(), id, true));
    }

    @POST
    @Path("{id}/refuse")
    @Operation(summary = "Refuser : le centre ne voit pas mon dossier")
    public LinkRequestViews.LinkRequestView refuse(@PathParam("id") long id) {
        return LinkRequestViews.LinkRequestView.forDecider(requests.answerAsThePerson(candidates.own(), id, false));
    }
}
