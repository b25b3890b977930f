package fr.titrepro.session.web;

import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.security.Roles;
import fr.titrepro.session.ExamSession;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionLists;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.referential.SessionType;
import fr.titrepro.shared.error.ProblemException;
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
import java.util.List;
import java.util.Map;

/** The centre's sessions: list (upcoming / past), planning form, session page. */
@Path("/sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class SessionPages {

    static final Map<String, String> NOTICES = Map.of(
            "created", "Session créée à l'état Brouillon : inscrivez les candidats et composez le jury.",
            "enrolled", "Candidat inscrit.",
            "bulk-enrolled", "Candidats cochés inscrits.",
            "file-enrolled", "Candidats du fichier inscrits.",
            "withdrawn", "Candidat désinscrit.",
            "assigned", "Membre du jury ajouté.",
            "removed", "Membre du jury retiré.",
            "conflict", "Conflit d'intérêts enregistré.",
            "transition", "État de la session mis à jour.",
            "updated", "Dates, capacité et responsable mis à jour.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<ExamSession> page, Map<Long, Integer> enrolled, boolean upcoming);

        static native TemplateInstance form(SessionForm form, FormErrors errors, List<TitleVersion> titles,
                                            List<SessionType> types, List<Centre> centres);

        static native TemplateInstance detail(SessionPageModel.Model model);

        static native TemplateInstance planning(SessionPageModel.Planning planning);

        static native TemplateInstance edit(ExamSession session, SessionChangesForm form, FormErrors errors);
    }

    @Inject
    SessionService sessions;

    @Inject
    SessionLists lists;

    @Inject
    SessionAccess access;

    @Inject
    SessionPageModel model;

    @Inject
    TitleCatalog catalog;

    @Inject
    CentreRepository centres;

    @Inject
    CurrentUser user;

    @Inject
    EnrolmentRepository enrolmentCounts;

    @GET
    public TemplateInstance list(@QueryParam("period") @DefaultValue("upcoming") String period,
                                 @QueryParam("page") @DefaultValue("0") int page, @QueryParam("after") String after) {
        boolean upcoming = !"past".equals(period);
        Paged<ExamSession> found = lists.list(access.viewer(), upcoming, Math.max(0, page), 20, after);
        return Templates.list(found, enrolmentCounts.enrolledIn(found.items()), upcoming);
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        // a centre user linked to no centre is told so now, not after filling the form
        access.viewer();
        return form(SessionForm.empty(user.displayName()), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String titleCode, @RestForm String type, @RestForm String ccpNumbers,
                           @RestForm String ccsCode, @RestForm String startDate, @RestForm String endDate,
                           @RestForm String capacity, @RestForm String managerName, @RestForm String managerEmail,
                           @RestForm String centreId) {
        SessionForm form = new SessionForm(titleCode, type, ccpNumbers, ccsCode, startDate, endDate, capacity,
                managerName, managerEmail, centreId);
        try {
            long id = sessions.create(form.toCommand(), access.viewer());
            return Response.seeOther(URI.create("/sessions/" + id + "?notice=created")).build();
        } catch (ProblemException e) {
            return Response.status(e.type().status()).entity(form(form, FormErrors.of("create", e))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.detail(model.build(id, access.viewer(), FormErrors.none(),
                notice == null ? null : NOTICES.get(notice)));
    }

    /** Every enrolled candidate's timetable, day by day (linked from the session page, printable). */
    @GET
    @Path("{id}/planning")
    public TemplateInstance planning(@PathParam("id") long id) {
        return Templates.planning(model.planning(id, access.viewer()));
    }

    /** Dates, capacity and manager of a session still being planned (the rules are checked again on saving). */
    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        ExamSession s = access.managed(id, access.viewer());
        return Templates.edit(s, SessionChangesForm.of(s), FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String startDate, @RestForm String endDate,
                         @RestForm String capacity, @RestForm String managerName, @RestForm String managerEmail) {
        SessionChangesForm form = new SessionChangesForm(startDate, endDate, capacity, managerName, managerEmail);
        try {
            sessions.update(id, form.toCommand(), access.viewer());
            return Response.seeOther(URI.create("/sessions/" + id + "?notice=updated")).build();
        } catch (ProblemException e) {
            if (e.type().status() == 404 || e.type().status() == 403) {
                throw e;
            }
            return Response.status(e.type().status())
                    .entity(Templates.edit(access.managed(id, access.viewer()), form, FormErrors.of("edit", e)))
                    .build();
        }
    }

    private TemplateInstance form(SessionForm form, FormErrors errors) {
        return Templates.form(form, errors, catalog.latestTitles(null), List.of(SessionType.values()),
                user.isAdmin() ? centres.allByName() : List.of());
    }
}
