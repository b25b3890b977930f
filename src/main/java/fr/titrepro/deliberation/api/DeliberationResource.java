package fr.titrepro.deliberation.api;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationService;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The deliberation of a session: decisions per candidate (jurors) and incidents. The PV is {@link PvResource}'s, the
 * appeals {@link AppealResource}'s.
 */
@Path("/api/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Délibération")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
public class DeliberationResource {

    @Inject
    DeliberationService deliberations;

    @GET
    @Path("deliberation")
    @Operation(summary = "La délibération : décisions du jury par candidat, incidents, signatures du PV, recours")
    public DeliberationViews.Board board(@PathParam("sessionId") long sessionId) {
        return DeliberationViews.of(deliberations.board(sessionId));
    }

    @PUT
    @Path("deliberation/{enrolmentId}")
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "Délibérer sur un candidat (nouvelle version de la décision ; dérogation motivée)")
    public DeliberationViews.DecisionView decide(@PathParam("sessionId") long sessionId,
                                                 @PathParam("enrolmentId") long enrolmentId,
                                                 DeliberationRequests.Decision decision) {
        DeliberationRequests.Decision body = decision == null
                ? new DeliberationRequests.Decision(null, null, null, null, null) : decision;
        return DeliberationViews.decision(deliberations.decide(sessionId, enrolmentId, body.command()));
    }

    @GET
    @Path("deliberation/{enrolmentId}/history")
    @Operation(summary = "Toutes les versions de la décision d'un candidat")
    public List<DeliberationViews.DecisionView> history(@PathParam("sessionId") long sessionId,
                                                        @PathParam("enrolmentId") long enrolmentId) {
        return deliberations.history(sessionId, enrolmentId).stream().map(DeliberationViews::decision).toList();
    }

    @POST
    @Path("incidents")
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "Consigner un incident (session ou candidat), porté au PV")
    public Response report(@PathParam("sessionId") long sessionId, DeliberationRequests.Incident incident) {
        DeliberationCommands.Incident command = incident == null ? null : incident.command();
        return Response.status(Response.Status.CREATED)
                .entity(DeliberationViews.incident(deliberations.report(sessionId, command))).build();
    }
}
