package fr.titrepro.candidate.web;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.link.LinkRequest;
import fr.titrepro.candidate.link.LinkRequestService;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
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
 * A candidate's own record: identity as the documents will show it, pathway, CCPs held, their data, and the centres
 * that ask to follow them (the candidate accepts or refuses).
 */
@Path("/mon-dossier")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CANDIDATE)
public class MyRecordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myRecord(Candidate candidate, List<LinkRequest> linkRequests, String notice,
                                                String problem);
    }

    @Inject
    CandidateService candidates;

    @Inject
    LinkRequestService linkRequests;

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "accepted" -> "Demande acceptée : ce centre suit désormais votre dossier.";
            case "refused" -> "Demande refusée : ce centre ne voit pas votre dossier.";
            default -> null;
        };
        return render(notice, null);
    }

    @POST
    @Path("link-requests/{id}/accept")
    public Object accept(@PathParam("id") long id) {
        return answer(id, true);
    }

    @POST
    @Path("link-requests/{id}/refuse")
    public Object refuse(@PathParam("id") long id) {
        return answer(id, false);
    }

    private Object answer(long id, boolean accept) {
        try {
            linkRequests.answerAsThePerson(candidates.own(), id, accept);
        } catch (ProblemException e) {
            // the refusal inline, with its status: another person's request is a 404, as in the API
            return Response.status(e.type().status()).entity(render(null, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/mon-dossier?done=" + (accept ? "accepted" : "refused"))).build();
    }

    private TemplateInstance render(String notice, String problem) {
        try {
            Candidate own = candidates.own();
            return Templates.myRecord(own, linkRequests.mine(own), notice, problem);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            return Templates.myRecord(null, List.of(), notice, problem);
        }
    }
}
