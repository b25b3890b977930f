package fr.titrepro.candidate.api;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.privacy.CandidateExport;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's own record, found through their login. */
@Path("/api/me/candidate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidats")
@RolesAllowed(Roles.CANDIDATE)
public class MyCandidateResource {

    @Inject
    CandidateService candidates;

    @GET
    @Operation(summary = "Mon dossier de candidat")
    public CandidateViews.CandidateView get() {
        Candidate c = candidates.own();
        return CandidateViews.CandidateView.of(c, c.follows);
    }

    @GET
    @Path("export")
    @Operation(summary = "RGPD : toutes mes données, en JSON")
    public Response export() {
        CandidateExport export = candidates.exportOwn();
        return Response.ok(export).header("Content-Disposition",
                "attachment; filename=\"donnees-" + export.reference() + ".json\"").build();
    }
}
