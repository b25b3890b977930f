package fr.titrepro.deliberation.api;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.appeal.AppealService;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The appeals (recours gracieux) of a session: the list, recording one (administration), the jury's new decision. */
@Path("/api/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Délibération")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
public class AppealResource {

    @Inject
    AppealService appeals;

    @GET
    @Path("appeals")
    @Operation(summary = "Les recours de la session")
    public List<DeliberationViews.AppealView> appeals(@PathParam("sessionId") long sessionId) {
        return appeals.list(sessionId).stream().map(DeliberationViews::appeal).toList();
    }

    @POST
    @Path("appeals")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enregistrer un recours gracieux (dans les 2 mois de la publication du résultat au candidat)")
    public Response appeal(@PathParam("sessionId") long sessionId, DeliberationRequests.NewAppeal appeal) {
        DeliberationCommands.NewAppeal command = appeal == null ? null : appeal.command();
        return Response.status(Response.Status.CREATED)
                .entity(DeliberationViews.appeal(appeals.record(sessionId, command))).build();
    }

    @POST
    @Path("appeals/{appealId}/decision")
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "Nouvelle délibération du jury sur un recours (PV rectificatif à signer puis à valider)")
    public DeliberationViews.DecisionView redeliberate(@PathParam("sessionId") long sessionId,
                                                       @PathParam("appealId") long appealId,
                                                       DeliberationRequests.Redeliberation decision) {
        DeliberationRequests.Redeliberation body = decision == null
                ? new DeliberationRequests.Redeliberation(null, null, null, null, null, null, null) : decision;
        return DeliberationViews.decision(appeals.redeliberate(sessionId, appealId, body.command()));
    }
}
