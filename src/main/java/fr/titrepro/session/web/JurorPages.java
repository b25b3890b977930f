package fr.titrepro.session.web;

import fr.titrepro.security.CurrentUser;
import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorService;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The administration's juror registry: list and search, registration, habilitations. */
@Path("/jurors")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class JurorPages {

    /** The registration form as typed. */
    public record JurorForm(String username, String lastName, String firstName, String email, String phone,
                            String profession, String employer, String yearsOfExperience) {
        static JurorForm empty() {
            return new JurorForm("", "", "", "", "", "", "", "");
        }
    }

    /** The habilitation form as typed. */
    public record HabilitationForm(String titleCode, String validFrom, String validUntil) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<Juror> page, String query, String pagerBase, JurorForm form,
                                            FormErrors errors);

        static native TemplateInstance detail(Juror juror, HabilitationForm form, FormErrors errors, String notice);
    }

    @Inject
    JurorService jurors;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@QueryParam("query") String query, @QueryParam("page") @DefaultValue("0") int page) {
        return Templates.list(jurors.search(query, null, null, null, Math.max(0, page), 20), query,
                Paged.linkBase("/jurors", query), JurorForm.empty(),
                FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String username, @RestForm String lastName, @RestForm String firstName,
                             @RestForm String email, @RestForm String phone, @RestForm String profession,
                             @RestForm String employer, @RestForm String yearsOfExperience) {
        JurorForm form = new JurorForm(username, lastName, firstName, email, phone, profession, employer,
                yearsOfExperience);
        try {
            List<FieldError> errors = new ArrayList<>();
            Integer years = FormInput.whole("yearsOfExperience", yearsOfExperience, errors);
            FormInput.refuseUnreadable(errors);
            long id = jurors.register(new SessionCommands.NewJuror(username, lastName, firstName, email,
                    blankToNull(phone), profession, employer, years), user.username());
            return Response.seeOther(URI.create("/jurors/" + id + "?notice=created")).build();
        } catch (ProblemException e) {
            return Response.status(e.type().status()).entity(Templates.list(jurors.search(null, null, null, null, 0,
                    20), null, Paged.linkBase("/jurors", null), form, FormErrors.of("register", e))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.detail(jurors.get(id), new HabilitationForm("TP-00496", "", ""), FormErrors.none(),
                "created".equals(notice) ? "Membre de jury inscrit au registre : ajoutez ses habilitations."
                        : "habilitated".equals(notice) ? "Habilitation enregistrée."
                        : "revoked".equals(notice) ? "Habilitation retirée." : null);
    }

    @POST
    @Path("{id}/habilitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response habilitate(@PathParam("id") long id, @RestForm String titleCode, @RestForm String validFrom,
                               @RestForm String validUntil) {
        HabilitationForm form = new HabilitationForm(titleCode, validFrom, validUntil);
        try {
            List<FieldError> errors = new ArrayList<>();
            var from = FormInput.date("validFrom", validFrom, errors);
            var until = FormInput.date("validUntil", validUntil, errors);
            FormInput.refuseUnreadable(errors);
            jurors.addHabilitation(id, new SessionCommands.NewHabilitation(titleCode, from, until), user.username());
            return Response.seeOther(URI.create("/jurors/" + id + "?notice=habilitated")).build();
        } catch (ProblemException e) {
            if (e.type().status() == 404) {
                throw e;
            }
            return Response.status(e.type().status())
                    .entity(Templates.detail(jurors.get(id), form, FormErrors.of("habilitation", e), null)).build();
        }
    }

    @POST
    @Path("{id}/habilitations/{habilitationId}/remove")
    public Response revoke(@PathParam("id") long id, @PathParam("habilitationId") long habilitationId) {
        jurors.removeHabilitation(id, habilitationId);
        return Response.seeOther(URI.create("/jurors/" + id + "?notice=revoked")).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
