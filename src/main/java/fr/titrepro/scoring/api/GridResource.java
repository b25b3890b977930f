package fr.titrepro.scoring.api;

import fr.titrepro.scoring.GridService;
import fr.titrepro.scoring.ProposalState;
import fr.titrepro.scoring.ScoreState;
import fr.titrepro.scoring.ScoringCommands;
import fr.titrepro.scoring.history.GridHistoryEntry;
import fr.titrepro.scoring.history.GridHistoryService;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.titrepro.shared.cluster.ConflictRetry;
import fr.titrepro.shared.metrics.BusinessMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** One juror's grid: line-by-line saves against a version, proposals, submission, history. */
@Path("/api/grids/{gridId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notation")
@RolesAllowed(Roles.JUROR)
public class GridResource {

    @Inject
    GridService grids;

    @Inject
    ConflictRetry retry;

    @Inject
    BusinessMetrics metrics;

    @Inject
    GridHistoryService history;

    @GET
    @Operation(summary = "Une de mes grilles")
    public ScoringViews.GridView get(@PathParam("gridId") long gridId) {
        return ScoringViews.GridView.of(grids.grid(gridId));
    }

    @PUT
    @Path("criteria/{criterionId}")
    @Operation(summary = "Noter une ligne d'une compétence ou une épreuve (MET / NOT_MET / NOT_OBSERVED, observation "
            + "obligatoire si NOT_MET ; le dossier professionnel et les ECF ne se notent pas : 422) à "
            + "partir de la version baseVersion ; 409 avec l'état courant si elle a changé entre-temps ; "
            + "la même sauvegarde rejouée est sans effet")
    public ScoreState score(@PathParam("gridId") long gridId, @PathParam("criterionId") long criterionId,
                            ScoringCommands.Score body) {
        ScoringCommands.Score score = body == null ? new ScoringCommands.Score(null, null, null) : body;
        ScoreState saved = retry.call(() -> grids.saveCriterion(gridId, criterionId, score));
        metrics.gridSaved();
        return saved;
    }

    @PUT
    @Path("criteria/{criterionId}/consultation")
    @Operation(summary = "Élément consulté par le jury (dossier professionnel, ECF) : consulté ou non (consulted "
            + "true / false), observation facultative, à partir de la version baseVersion ; jamais une note, jamais "
            + "exigé pour soumettre")
    public ScoreState consult(@PathParam("gridId") long gridId, @PathParam("criterionId") long criterionId,
                              ScoringCommands.Consultation body) {
        ScoringCommands.Consultation consultation = body == null ? new ScoringCommands.Consultation(null, null, null)
                : body;
        ScoreState saved = retry.call(() -> grids.saveConsultation(gridId, criterionId, consultation));
        metrics.gridSaved();
        return saved;
    }

    @PUT
    @Path("competencies/{sectionId}/proposal")
    @Operation(summary = "Proposer une décision (ACQUIRED / NOT_ACQUIRED) pour une compétence")
    public ProposalState proposeForCompetency(@PathParam("gridId") long gridId, @PathParam("sectionId") long sectionId,
                                              ScoringCommands.Proposal body) {
        return grids.proposeForCompetency(gridId, sectionId, body == null ? new ScoringCommands.Proposal(null, null)
                : body);
    }

    @PUT
    @Path("proposal")
    @Operation(summary = "Proposer une décision (ACQUIRED / NOT_ACQUIRED) pour le CCP de la grille")
    public ProposalState proposeForGrid(@PathParam("gridId") long gridId, ScoringCommands.Proposal body) {
        return grids.proposeForGrid(gridId, body == null ? new ScoringCommands.Proposal(null, null) : body);
    }

    @POST
    @Path("submit")
    @Operation(summary = "Soumettre la grille complète : elle est figée et la réconciliation s'ouvre pour moi")
    public ScoringViews.GridView submit(@PathParam("gridId") long gridId) {
        grids.submit(gridId);
        return ScoringViews.GridView.of(grids.grid(gridId));
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.JUROR, Roles.ADMIN})
    @Operation(summary = "Historique de la grille (qui, quand, avant / après), tiré de l'audit Envers")
    public List<GridHistoryEntry> history(@PathParam("gridId") long gridId) {
        return history.history(gridId);
    }
}
