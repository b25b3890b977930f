package fr.titrepro.deliberation.api;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationService;
import fr.titrepro.deliberation.appeal.AppealService;
import fr.titrepro.deliberation.pv.PvService;
import fr.titrepro.deliberation.pv.PvStatus;
import fr.titrepro.deliberation.pv.PvValidation;
import fr.titrepro.document.DocumentArchive;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.titrepro.shared.cluster.ConflictRetry;
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
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The deliberation of a session: decisions per candidate (jurors), incidents, the PV (draft, signatures, closing),
 * its validation (administration), appeals, and the archive of the documents issued.
 */
@Path("/api/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Délibération")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
public class DeliberationResource {

    @Inject
    DeliberationService deliberations;

    @Inject
    PvService pvs;

    @Inject
    PvValidation validation;

    @Inject
    ConflictRetry retry;

    @Inject
    AppealService appeals;

    @Inject
    DocumentArchive archive;

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

    @GET
    @Path("pv")
    @Operation(summary = "Où en est le PV : signatures du jury, date, version, validation")
    public PvStatus pv(@PathParam("sessionId") long sessionId) {
        return pvs.status(sessionId);
    }

    @GET
    @Path("pv.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Le PV signé (dernière version) ou, pendant la délibération, son projet")
    public Response pvPdf(@PathParam("sessionId") long sessionId) {
        return Response.ok(pvs.pdf(sessionId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"pv-session-" + sessionId + ".pdf\"").build();
    }

    @POST
    @Path("pv/signatures")
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "Signer le PV (le dernier juré à signer clôt la session)")
    public PvStatus sign(@PathParam("sessionId") long sessionId) {
        return pvs.sign(sessionId);
    }

    @POST
    @Path("pv/validation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Valider le PV signé (DREETS) : CCP enregistrés, livrets et parchemins délivrés")
    public DeliberationViews.ValidationView validate(@PathParam("sessionId") long sessionId) {
        PvValidation.Validation v = retry.call(() -> validation.validate(sessionId));
        return new DeliberationViews.ValidationView("VALIDATED", v.candidates(), v.documents());
    }

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

    @GET
    @Path("documents.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE})
    @Operation(summary = "Tous les documents valides d'une session validée (livrets, parchemins, PV) en un ZIP")
    public Response documents(@PathParam("sessionId") long sessionId) {
        List<IssuedDocument> documents = pvs.documentsOf(sessionId);
        StreamingOutput body = out -> archive.write(documents, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"documents-session-" + sessionId + ".zip\"")
                .build();
    }
}
