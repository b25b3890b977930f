package fr.titrepro.candidate.web;

import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.link.LinkRequest;
import fr.titrepro.candidate.link.LinkRequestService;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * « Demandes de rattachement »: a centre sees where its requests stand (and only what it typed while they are
 * open); the administration answers those about people without a login.
 */
@Path("/candidates/link-requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class LinkRequestPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requests(List<LinkRequest> requests, boolean admin, String notice,
                                                String problem);
    }

    @Inject
    LinkRequestService requests;

    @Inject
    CandidateAccess access;

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "requested" -> "Cette personne est déjà inscrite sur la plateforme : demande de rattachement en "
                    + "attente. Son dossier sera ouvert à votre centre quand elle (ou l'administration) l'aura acceptée.";
            case "accepted" -> "Demande acceptée : le centre suit désormais cette personne.";
            case "refused" -> "Demande refusée.";
            default -> null;
        };
        return Templates.requests(requests.forCaller(), access.isAdmin(), notice, null);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.ADMIN)
    public Object accept(@PathParam("id") long id) {
        return answer(id, true);
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed(Roles.ADMIN)
    public Object refuse(@PathParam("id") long id) {
        return answer(id, false);
    }

    private Object answer(long id, boolean accept) {
        try {
            requests.answerAsAdministration(id, accept);
        } catch (ProblemException e) {
            return Templates.requests(requests.forCaller(), true, null, e.getMessage());
        }
        return Response.seeOther(URI.create("/candidates/link-requests?done=" + (accept ? "accepted" : "refused")))
                .build();
    }
}
