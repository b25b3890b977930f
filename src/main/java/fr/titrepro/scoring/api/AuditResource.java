package fr.titrepro.scoring.api;

import fr.titrepro.scoring.DecisionChain;
import fr.titrepro.scoring.ReconciliationService;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sessions/{sessionId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notation")
@RolesAllowed({Roles.ADMIN, Roles.JUROR, Roles.CENTRE})
public class AuditResource {

    @Inject
    ReconciliationService reconciliation;

    @GET
    @Path("verify")
    @Operation(summary = "Vérifie la chaîne des décisions du jury de la session : OK, ou le premier enregistrement "
            + "qui ne tient plus")
    public ScoringViews.VerificationView verify(@PathParam("sessionId") long sessionId) {
        DecisionChain.Verification v = reconciliation.verify(sessionId);
        return new ScoringViews.VerificationView(sessionId, v.intact() ? "OK" : "BROKEN", v.records(),
                v.firstBrokenId(), v.intact() ? "Les " + v.records() + " décision(s) de la session forment une chaîne "
                + "intacte." : v.problem());
    }
}
