package fr.titrepro.deliberation.web;

import fr.titrepro.deliberation.DeliberationBoardModel;

import fr.titrepro.deliberation.DeliberationInput;
import fr.titrepro.deliberation.DeliberationService;
import fr.titrepro.deliberation.appeal.AppealService;
import fr.titrepro.deliberation.pv.PvService;
import fr.titrepro.deliberation.pv.PvValidation;
import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Forms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

    static final String CCP_FIELD = "ccpDecisions.";

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
                           MultivaluedMap<String, String> body) {
        Map<String, String> f = Forms.values(body);
        return act(id, "decide-" + enrolmentId, f, () -> {
            deliberations.decide(id, enrolmentId, DeliberationInput.decision(value(f, "attendance"),
                    value(f, "finalInterview"), value(f, "fraudReport"), value(f, "outcome"),
                    value(f, "overrideReason")));
            return "decided";
        });
    }

    @POST
    @Path("incidents")
    @RolesAllowed(Roles.JUROR)
    public Response report(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Map<String, String> f = Forms.values(body);
        return act(id, "incident", f, () -> {
            Long enrolmentId = FormInput.one("enrolmentId", f.get("enrolmentId"), FormInput::id);
            deliberations.report(id, DeliberationInput.incident(enrolmentId, value(f, "description")));
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
    public Response appeal(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Map<String, String> f = Forms.values(body);
        return act(id, "appeal", f, () -> {
            Long enrolmentId = FormInput.one("enrolmentId", f.get("enrolmentId"), FormInput::id);
            LocalDate receivedOn = FormInput.one("receivedOn", f.get("receivedOn"), FormInput::date);
            appeals.record(id, DeliberationInput.appeal(enrolmentId, receivedOn, value(f, "motive")));
            return "appeal";
        });
    }

    @POST
    @Path("appeals/{appealId}/decision")
    @RolesAllowed(Roles.JUROR)
    public Response redeliberate(@PathParam("id") long id, @PathParam("appealId") long appealId,
                                 MultivaluedMap<String, String> body) {
        Map<String, String> f = Forms.values(body);
        return act(id, "redeliberate-" + appealId, f, () -> {
            Map<String, String> ccps = new LinkedHashMap<>();
            f.forEach((k, v) -> {
                if (k.startsWith(CCP_FIELD) && !v.isBlank()) {
                    ccps.put(k.substring(CCP_FIELD.length()), v);
                }
            });
            appeals.redeliberate(id, appealId, DeliberationInput.redeliberation(ccps, value(f, "attendance"),
                    value(f, "finalInterview"), value(f, "fraudReport"), value(f, "outcome"),
                    value(f, "overrideReason"), value(f, "reason")));
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

    /** A posted value; a blank one (an empty option, an empty text) is no value. */
    static String value(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null || v.isBlank() ? null : v;
    }
}
