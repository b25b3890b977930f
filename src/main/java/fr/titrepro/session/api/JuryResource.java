package fr.titrepro.session.api;

import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.jury.JuryService;
import fr.titrepro.session.paperwork.ConvocationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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

@Path("/api/sessions/{sessionId}/jury")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class JuryResource {

    @Inject
    JuryService jury;

    @Inject
    SessionService sessions;

    @Inject
    ConvocationService convocations;

    @Inject
    SessionAccess access;

    @POST
    @Path("{jurorId}")
    @Operation(summary = "Faire siéger un membre de jury (habilitation, expérience et disponibilité vérifiées), aussi "
            + "une fois la session commencée (en cours, en délibération) quand un conflit tardif laisse un candidat "
            + "avec un seul juré")
    public List<SessionViews.JuryMemberView> assign(@PathParam("sessionId") long sessionId,
                                                    @PathParam("jurorId") long jurorId) {
        Viewer viewer = access.viewer();
        jury.assign(sessionId, jurorId, viewer);
        return members(sessionId, viewer);
    }

    @DELETE
    @Path("{jurorId}")
    @Operation(summary = "Retirer un membre du jury (et les conflits qu'il a déclarés pour cette session)")
    public List<SessionViews.JuryMemberView> remove(@PathParam("sessionId") long sessionId,
                                                    @PathParam("jurorId") long jurorId) {
        Viewer viewer = access.viewer();
        jury.remove(sessionId, jurorId, viewer);
        return members(sessionId, viewer);
    }

    @GET
    @Path("{jurorId}/convocation.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
    @Operation(summary = "Convocation PDF d'un membre du jury (le centre, l'administration, ou le juré lui-même)")
    public Response convocation(@PathParam("sessionId") long sessionId, @PathParam("jurorId") long jurorId) {
        byte[] pdf = convocations.juror(sessionId, jurorId, access.viewer());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"convocation-jury-" + sessionId + "-" + jurorId
                        + ".pdf\"").build();
    }

    private List<SessionViews.JuryMemberView> members(long sessionId, Viewer viewer) {
        return SessionViews.jury(sessions.get(sessionId, viewer), true);
    }
}
