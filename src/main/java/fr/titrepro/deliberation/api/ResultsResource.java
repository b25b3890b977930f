package fr.titrepro.deliberation.api;

import fr.titrepro.deliberation.results.ResultsFiles;
import fr.titrepro.deliberation.results.SessionResults;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The results of a session to file, for its centre and the administration: a workbook and a CSV. */
@Path("/api/sessions/{sessionId}")
@Tag(name = "Délibération")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class ResultsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    SessionResults results;

    @GET
    @Path("results.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Les résultats de la session (PV signé) : une ligne par candidat, classeur Excel")
    public Response xlsx(@PathParam("sessionId") long sessionId) {
        return Response.ok(ResultsFiles.xlsx(results.of(sessionId)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"resultats-session-" + sessionId + ".xlsx\"")
                .build();
    }

    @GET
    @Path("results.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Les résultats de la session (PV signé) : une ligne par candidat, CSV « ; » UTF-8")
    public Response csv(@PathParam("sessionId") long sessionId) {
        return Response.ok(ResultsFiles.csv(results.of(sessionId)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"resultats-session-" + sessionId + ".csv\"")
                .build();
    }
}
