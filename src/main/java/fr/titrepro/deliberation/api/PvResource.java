package fr.titrepro.deliberation.api;

import fr.titrepro.deliberation.pv.PvService;
import fr.titrepro.deliberation.pv.PvStatus;
import fr.titrepro.deliberation.pv.PvValidation;
import fr.titrepro.document.DocumentArchive;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.cluster.ConflictRetry;
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
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The PV of a session's deliberation: its state, the PDF (draft, then signed), the jurors' signatures (the last one
 * closes the session), its validation (administration: CCPs recorded, documents issued), and the archive of the
 * documents issued.
 */
@Path("/api/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Délibération")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
public class PvResource {

    @Inject
    PvService pvs;

    @Inject
    PvValidation validation;

    @Inject
    ConflictRetry retry;

    @Inject
    DocumentArchive archive;

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
