package fr.titrepro.candidate.api;

import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.link.LinkRequest;
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

/**
 * Requests of centres to follow a person already registered: a centre reads its own; the administration reads and
 * answers those about people without a login (the others answer in « Mon dossier »).
 */
@Path("/api/candidates/link-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidats")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class LinkRequestResource {

    @Inject
    LinkRequestService requests;

    @Inject
    CandidateAccess access;

    @GET
    @Operation(summary = "Demandes de rattachement : celles de votre centre (administration : celles en attente "
            + "pour des personnes sans compte)")
    public List<LinkRequestViews.LinkRequestView> list() {
        return requests.forCaller().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une demande de rattachement de votre centre")
    public LinkRequestViews.LinkRequestView get(@PathParam("id") long id) {
        return view(requests.get(id));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Accepter la demande pour une personne sans compte : le centre la suit")
    public LinkRequestViews.LinkRequestView accept(@PathParam("id") long id) {
        return LinkRequestViews.LinkRequestView.forDecider(requests.answerAsAdministration(id, true));
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Refuser la demande pour une personne sans compte")
    public LinkRequestViews.LinkRequestView refuse(@PathParam("id") long id) {
        return LinkRequestViews.LinkRequestView.forDecider(requests.answerAsAdministration(id, false));
    }

    private LinkRequestViews.LinkRequestView view(LinkRequest r) {
        return access.isAdmin() ? LinkRequestViews.LinkRequestView.forDecider(r)
                : LinkRequestViews.LinkRequestView.forCentre(r);
    }
}
