package fr.titrepro.session.api;

import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.paperwork.ConvocationArchive;
import fr.titrepro.session.paperwork.Emargement;
import fr.titrepro.session.paperwork.EmargementService;
import fr.titrepro.session.paperwork.EmargementSheets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The paperwork of a session day: feuilles d'émargement (PDF and tablet ticks) and the ZIP of the convocations. */
@Path("/api/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
public class PaperworkResource {

    @Inject
    EmargementService emargements;

    @Inject
    ConvocationArchive convocations;

    @Inject
    SessionAccess access;

    public record SheetView(LocalDate day, String epreuve, List<RowView> candidates) {
    }

    /** @param present null while the candidate's émargement was not ticked */
    public record RowView(long enrolmentId, String candidate, String reference, LocalTime start, LocalTime end,
                          String accommodations, Boolean present, boolean signed, String recordedBy,
                          Instant recordedAt) {
    }

    public record EmargementView(long id, long enrolmentId, String epreuve, LocalDate day, boolean present,
                                 boolean signed, String recordedBy, Instant recordedAt) {
    }

    public record SheetsView(long sessionId, boolean open, List<SheetView> sheets) {
    }

    @GET
    @Path("emargement")
    @Operation(summary = "Les feuilles d'émargement (une par jour et épreuve) et les émargements enregistrés")
    public SheetsView sheets(@PathParam("sessionId") long sessionId) {
        EmargementService.Sheets sheets = emargements.sheets(sessionId, access.viewer());
        return new SheetsView(sessionId, sheets.open(), sheets.sheets().stream().map(PaperworkResource::sheet)
                .toList());
    }

    @GET
    @Path("emargement.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Les feuilles d'émargement à imprimer (A4), avec les émargements déjà enregistrés")
    public Response pdf(@PathParam("sessionId") long sessionId) {
        return Response.ok(emargements.pdf(sessionId, access.viewer()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"emargement-session-" + sessionId + ".pdf\"")
                .build();
    }

    @PUT
    @Path("emargement/{enrolmentId}")
    @RolesAllowed({Roles.CENTRE, Roles.JUROR})
    @Operation(summary = "Émarger un candidat à une épreuve : présent (avec sa signature, image PNG en data URL) "
            + "ou absent ; en lecture seule une fois le PV signé")
    public EmargementView record(@PathParam("sessionId") long sessionId, @PathParam("enrolmentId") long enrolmentId,
                                 EmargementService.Tick tick) {
        Emargement m = emargements.record(sessionId, enrolmentId,
                tick == null ? new EmargementService.Tick(null, null, null) : tick, access.viewer());
        return new EmargementView(m.id, m.enrolmentId, m.epreuve, m.day, m.present, m.signature != null,
                m.recordedBy, m.recordedAt);
    }

    @GET
    @Path("convocations.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE})
    @Operation(summary = "Toutes les convocations de la session (candidats et jury) en un ZIP")
    public Response convocations(@PathParam("sessionId") long sessionId) {
        ConvocationArchive.Archive zip = convocations.of(sessionId, access.viewer());
        return Response.ok(zip.content(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + zip.fileName() + "\"").build();
    }

    private static SheetView sheet(EmargementSheets.Sheet s) {
        return new SheetView(s.day(), s.epreuve(), s.rows().stream().map(r -> {
            Emargement m = r.emargement();
            return new RowView(r.enrolmentId(), r.candidateName(), r.reference(), r.start(), r.end(),
                    r.accommodations(), m == null ? null : m.present, m != null && m.signature != null,
                    m == null ? null : m.recordedBy, m == null ? null : m.recordedAt);
        }).toList());
    }
}
