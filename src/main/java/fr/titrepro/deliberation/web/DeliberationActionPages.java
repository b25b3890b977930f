package fr.titrepro.deliberation.web;

import fr.titrepro.deliberation.DeliberationBoardModel;

import fr.titrepro.deliberation.DeliberationService;
import fr.titrepro.deliberation.appeal.AppealService;
import fr.titrepro.deliberation.pv.PvService;
import fr.titrepro.deliberation.pv.PvValidation;
import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The forms of the deliberation page: each acts through the services, then comes back to the page (303) with a
 * notice, or shows the page again with the refusal next to the form (400, 409, 422).
 */
@Path("/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({Roles.ADMIN, Roles.JUROR})
public class DeliberationActionPages {

    @Inject
    DeliberationService deliberations;

    @Inject
    PvService pvs;

    @Inject
    PvValidation validation;

    @Inject
    AppealService appeals;

    @Inject
    DeliberationBoardModel model;

    @POST
    @Path("deliberation/{enrolmentId}")
    @RolesAllowed(Roles.JUROR)
    public Response decide(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
                           @BeanParam DecisionForm form) {
        return act(id, "decide-" + enrolmentId, form.values(), () -> {
            deliberations.decide(id, enrolmentId, form.command());
            return "decided";
        });
    }

    @POST
    @Path("incidents")
    @RolesAllowed(Roles.JUROR)
    public Response report(@PathParam("id") long id, @BeanParam IncidentForm form) {
        return act(id, "incident", form.values(), () -> {
            deliberations.report(id, form.command());
            return "incident";
        });
    }

    @POST
    @Path("pv/signatures")
    @RolesAllowed(Roles.JUROR)
    public Response sign(@PathParam("id") long id) {
        return act(id, "sign", Map.of(), () -> pvs.sign(id).status() == SessionStatus.CLOSED ? "closed" : "signed");
    }

    @POST
    @Path("pv/validation")
    @RolesAllowed(Roles.ADMIN)
    public Response validate(@PathParam("id") long id) {
        return act(id, "validate", Map.of(), () -> {
            validation.validate(id);
            return "validated";
        });
    }

    @POST
    @Path("appeals")
    @RolesAllowed(Roles.ADMIN)
    public Response appeal(@PathParam("id") long id, @BeanParam AppealForm form) {
        return act(id, "appeal", form.values(), () -> {
            appeals.record(id, form.command());
            return "appeal";
        });
    }

    @POST
    @Path("appeals/{appealId}/decision")
    @RolesAllowed(Roles.JUROR)
    public Response redeliberate(@PathParam("id") long id, @PathParam("appealId") long appealId,
                                 @BeanParam RedeliberationForm form) {
        return act(id, "redeliberate-" + appealId, form.values(), () -> {
            appeals.redeliberate(id, appealId, form.redeliberation());
            return "redeliberated";
        });
    }

    private Response act(long id, String form, Map<String, String> values, Supplier<String> action) {
        try {
            String notice = action.get();
            return Response.seeOther(URI.create("/sessions/" + id + "/deliberation?notice=" + notice)).build();
        } catch (ProblemException e) {
            int status = e.type().status();
            if (status != 400 && status != 409 && status != 422) {
                throw e;
            }
            return Response.status(status).entity(DeliberationPages.Templates.board(
                    model.build(id, FormErrors.of(form, e), values, null))).build();
        }
    }
}
