package fr.titrepro.scoring.api;

import fr.titrepro.scoring.GridService;
import fr.titrepro.scoring.ScoringCommands;
import fr.titrepro.scoring.reconciliation.ReconciliationService;
import fr.titrepro.scoring.reconciliation.ReconciliationSheet;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate of a session, seen by one of its jurors: my grids, then the reconciliation and the jury's decisions. */
@Path("/api/sessions/{sessionId}/enrolments/{enrolmentId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notation")
@RolesAllowed(Roles.JUROR)
public class CandidateScoringResource {

    @Inject
    GridService grids;

    @Inject
    ReconciliationService reconciliation;

    @GET
    @Path("grids")
    @Operation(summary = "Mes grilles de ce candidat, une par CCP (créées au premier accès, pour tout le jury)")
    public ScoringViews.MyGridsView myGrids(@PathParam("sessionId") long sessionId,
                                            @PathParam("enrolmentId") long enrolmentId) {
        return ScoringViews.MyGridsView.of(grids.myGrids(sessionId, enrolmentId));
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Les grilles soumises des jurés côte à côte, les divergences et les décisions du jury "
            + "(ouvert quand j'ai soumis mes grilles de ce candidat)")
    public ReconciliationSheet reconciliation(@PathParam("sessionId") long sessionId,
                                              @PathParam("enrolmentId") long enrolmentId) {
        return reconciliation.view(sessionId, enrolmentId);
    }

    @PUT
    @Path("decisions")
    @Operation(summary = "Enregistrer des décisions du jury (par compétence et par CCP), motivées là où les jurés "
            + "ont divergé ou contre les critères ; toutes ou aucune")
    public ReconciliationSheet decide(@PathParam("sessionId") long sessionId,
                                      @PathParam("enrolmentId") long enrolmentId, ScoringCommands.Decisions body) {
        return reconciliation.decide(sessionId, enrolmentId, body);
    }
}
