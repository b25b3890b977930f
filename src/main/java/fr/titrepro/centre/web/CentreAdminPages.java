package fr.titrepro.centre.web;

import fr.titrepro.centre.ApprovalData;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreService;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administration of centres: list, creation, modification, agréments and staff. */
@Path("/admin/centres")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CentreAdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<Centre> centres, String query, String pagerBase);

        static native TemplateInstance form(Long id, Map<String, String> form, FormErrors errors, String problem);

        static native TemplateInstance detail(Centre centre, String notice, String problem, String section,
                                              Map<String, String> form, FormErrors errors,
                                              List<TitleVersion> titles, LocalDate today);
    }

    @Inject
    CentreService centres;

    @Inject
    TitleCatalog titles;

    @GET
    public TemplateInstance list(@QueryParam("query") String query, @QueryParam("page") @DefaultValue("0") int page) {
        String base = Paged.linkBase("/admin/centres", query);
        return Templates.list(centres.search(query, Math.max(0, page), Paged.DEFAULT_SIZE), query, base);
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.form(null, Map.of(), FormErrors.none(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@BeanParam CentreForm posted) {
        Map<String, String> form = posted.values();
        try {
            long id = centres.create(posted.data());
            return Response.seeOther(URI.create("/admin/centres/" + id + "?done=created")).build();
        } catch (ProblemException e) {
            return Templates.form(null, form, FormErrors.of(e), e.getMessage());
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "created" -> "Centre enregistré.";
            case "updated" -> "Modifications enregistrées.";
            case "approval" -> "Agrément enregistré.";
            case "staff" -> "Membre du personnel rattaché.";
            case "staff-removed" -> "Membre du personnel retiré.";
            default -> null;
        };
        return detail(centres.get(id), notice, null, null, Map.of(), FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Centre c = centres.get(id);
        Map<String, String> form = new HashMap<>();
        form.put("name", c.name);
        form.put("siret", c.siret);
        form.put("addressLine", c.addressLine);
        form.put("postalCode", c.postalCode);
        form.put("city", c.city);
        form.put("contactName", c.contactName);
        form.put("contactEmail", c.contactEmail);
        form.put("contactPhone", c.contactPhone);
        form.put("version", String.valueOf(c.version));
        form.values().removeIf(v -> v == null);
        return Templates.form(id, form, FormErrors.none(), null);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@PathParam("id") long id, @BeanParam CentreForm posted) {
        Map<String, String> form = posted.values();
        try {
            centres.update(id, posted.data(), posted.readVersion());
            return Response.seeOther(URI.create("/admin/centres/" + id + "?done=updated")).build();
        } catch (ProblemException e) {
            return Templates.form(id, form, FormErrors.of(e), e.getMessage());
        }
    }

    @POST
    @Path("{id}/approvals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addApproval(@PathParam("id") long id, @BeanParam ApprovalForm posted) {
        Map<String, String> form = posted.values();
        List<FieldError> dateErrors = new ArrayList<>();
        ApprovalData approval = posted.data(dateErrors);
        if (!dateErrors.isEmpty()) {
            String problem = "L'agrément n'a pas été enregistré : corrigez les champs signalés.";
            return detail(centres.get(id), null, problem, "approval", form,
                    FormErrors.of(FormErrors.PAGE, problem, dateErrors));
        }
        try {
            centres.addApproval(id, approval);
            return Response.seeOther(URI.create("/admin/centres/" + id + "?done=approval")).build();
        } catch (ProblemException e) {
            return detail(centres.get(id), null, e.getMessage(), "approval", form, FormErrors.of(e));
        }
    }

    @POST
    @Path("{id}/staff")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addStaff(@PathParam("id") long id, @BeanParam StaffForm posted) {
        Map<String, String> form = posted.values();
        try {
            centres.addStaff(id, posted.username, posted.fullName);
            return Response.seeOther(URI.create("/admin/centres/" + id + "?done=staff")).build();
        } catch (ProblemException e) {
            return detail(centres.get(id), null, e.getMessage(), "staff", form, FormErrors.of(e));
        }
    }

    @POST
    @Path("{id}/staff/{staffId}/remove")
    public Response removeStaff(@PathParam("id") long id, @PathParam("staffId") long staffId) {
        centres.removeStaff(id, staffId);
        return Response.seeOther(URI.create("/admin/centres/" + id + "?done=staff-removed")).build();
    }

    private TemplateInstance detail(Centre centre, String notice, String problem, String section,
                                    Map<String, String> form, FormErrors errors) {
        return Templates.detail(centre, notice, problem, section, form, errors, titles.latestTitles(null), LocalDate.now());
    }
}
