package fr.titrepro.scoring.web;

import fr.titrepro.scoring.GridService;
import fr.titrepro.scoring.ScoringBoard;
import fr.titrepro.scoring.ScoringCommands;
import fr.titrepro.scoring.history.GridHistoryEntry;
import fr.titrepro.scoring.history.GridHistoryService;
import fr.titrepro.scoring.reconciliation.ReconciliationService;
import fr.titrepro.scoring.reconciliation.ReconciliationSheet;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/**
 * The juror's pages: the candidates to score, the grid (tablet-first, works offline: static/js/scoring-grid.js on
 * top of the API), the reconciliation with the jury's decisions, the history of a grid.
 */
@Path("/scoring")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.JUROR)
public class ScoringPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(List<ScoringBoard.Board> boards);

        static native TemplateInstance grid(GridService.CandidateGrids grids, List<String> accommodations,
                                            String username);

        static native TemplateInstance reconciliation(ReconciliationSheet sheet, DecisionForm form, String saved);

        static native TemplateInstance history(long gridId, List<GridHistoryEntry> entries, ZoneId zone);
    }


    @Inject
    ScoringBoard board;

    @Inject
    GridService grids;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    GridHistoryService history;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance board() {
        return Templates.board(board.mine());
    }

    @GET
    @Path("sessions/{sessionId}/enrolments/{enrolmentId}")
    public TemplateInstance grid(@PathParam("sessionId") long sessionId, @PathParam("enrolmentId") long enrolmentId) {
        GridService.CandidateGrids mine = grids.myGrids(sessionId, enrolmentId);
        return Templates.grid(mine, ReconciliationService.accommodations(mine.enrolment().candidate),
                user.username());
    }

    @GET
    @Path("sessions/{sessionId}/enrolments/{enrolmentId}/reconciliation")
    public TemplateInstance reconciliation(@PathParam("sessionId") long sessionId,
                                           @PathParam("enrolmentId") long enrolmentId,
                                           @QueryParam("saved") String saved) {
        ReconciliationSheet sheet = reconciliation.view(sessionId, enrolmentId);
        return Templates.reconciliation(sheet, new DecisionForm(sheet, Map.of(), FormErrors.none()), saved);
    }

    /**
     * The decisions of one part (a CCP), from the form: for each competency "decision_KEY" and "reason_KEY", for
     * the CCP "decision_CCP" and "reason_CCP". Lines left without a decision are not sent.
     */
    @POST
    @Path("sessions/{sessionId}/enrolments/{enrolmentId}/reconciliation/{partKey}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("sessionId") long sessionId, @PathParam("enrolmentId") long enrolmentId,
                           @PathParam("partKey") String partKey, MultivaluedMap<String, String> form) {
        List<ScoringCommands.Decision> decisions = new ArrayList<>();
        List<String> fieldOfIndex = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (String name : form.keySet()) {
            values.put(partKey + "." + name, form.getFirst(name));
        }
        for (String name : form.keySet()) {
            if (!name.startsWith("decision_") || blank(form.getFirst(name))) {
                continue;
            }
            String key = name.substring("decision_".length());
            boolean ccp = key.equals("CCP");
            decisions.add(new ScoringCommands.Decision(partKey, ccp ? "CCP" : "COMPETENCY", ccp ? null : key,
                    form.getFirst(name), form.getFirst("reason_" + key)));
            fieldOfIndex.add(key);
        }
        // the CCP last: it may rest on competencies decided in the same form
        sortCcpLast(decisions, fieldOfIndex);
        try {
            if (decisions.isEmpty()) {
                throw ProblemException.invalidField("decisions", "Choisissez au moins une décision.");
            }
            reconciliation.decide(sessionId, enrolmentId, new ScoringCommands.Decisions(decisions));
        } catch (ProblemException e) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(formField(partKey, error.field(), fieldOfIndex), error.message()));
            }
            errors.add(new FieldError(partKey + ".form", e.getMessage()));
            ReconciliationSheet sheet = reconciliation.view(sessionId, enrolmentId);
            DecisionForm refused = new DecisionForm(sheet, values, FormErrors.of(partKey, e.getMessage(), errors));
            return Response.status(e.type().status())
                    .entity(Templates.reconciliation(sheet, refused, null)).build();
        }
        return Response.seeOther(URI.create("/scoring/sessions/" + sessionId + "/enrolments/" + enrolmentId
                + "/reconciliation?saved=" + partKey + "#" + partKey)).build();
    }

    @GET
    @Path("grids/{gridId}/history")
    public TemplateInstance history(@PathParam("gridId") long gridId) {
        return Templates.history(gridId, history.history(gridId), PARIS);
    }

    /** "decisions[2].reason" → "CCP1.reason_C3", as the template names its error slots. */
    static String formField(String partKey, String field, List<String> fieldOfIndex) {
        if (field.startsWith("decisions[")) {
            int close = field.indexOf(']');
            int index = Integer.parseInt(field.substring("decisions[".length(), close));
            String what = field.substring(close + 2);
            if (index < fieldOfIndex.size()) {
                return partKey + "." + (what.equals("reason") ? "reason_" : "decision_") + fieldOfIndex.get(index);
            }
        }
        return partKey + ".form";
    }

    private static void sortCcpLast(List<ScoringCommands.Decision> decisions, List<String> fieldOfIndex) {
        int i = fieldOfIndex.indexOf("CCP");
        if (i >= 0 && i != fieldOfIndex.size() - 1) {
            decisions.add(decisions.remove(i));
            fieldOfIndex.add(fieldOfIndex.remove(i));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
