package fr.titrepro.scoring.api;

import fr.titrepro.scoring.reconciliation.ReconciliationService;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.audit.CheckpointPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;

@Path("/api/sessions/{sessionId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notation")
@RolesAllowed({Roles.ADMIN, Roles.JUROR, Roles.CENTRE})
public class AuditResource {

    @Inject
    ReconciliationService reconciliation;

    @GET
    @Path("verify")
    @Operation(summary = "Vérifie les chaînes des décisions de la session (notation, délibération) et leurs points "
            + "de contrôle signés : OK, les enregistrements pas encore signés, le point de contrôle ou le premier "
            + "enregistrement qui ne tient plus")
    public ScoringViews.VerificationView verify(@PathParam("sessionId") long sessionId) {
        List<CheckpointPolicy.Report> reports = reconciliation.verifyChains(sessionId);
        CheckpointPolicy.Report worst = reports.stream()
                .max(Comparator.comparing(CheckpointPolicy.Report::status)).orElseThrow();
        int records = reports.stream().mapToInt(CheckpointPolicy.Report::links).sum();
        String message = worst.status() == CheckpointPolicy.Status.OK
                ? "Les " + records + " décision(s) de la session forment des chaînes intactes et signées."
                : worst.message();
        return new ScoringViews.VerificationView(sessionId, worst.status().name(), records, worst.firstBrokenId(),
                worst.checkpointId(), message, reports.stream().map(r -> new ScoringViews.ChainView(r.chain(),
                r.status().name(), r.links(), r.firstBrokenId(), r.checkpointId(), r.signedLinks(),
                r.lastCheckpoint(), r.message())).toList());
    }
}
