package fr.titrepro.session.web;

import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.paperwork.Emargement;
import fr.titrepro.session.paperwork.EmargementService;
import fr.titrepro.session.paperwork.EmargementSheets;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.shared.web.Choice;
import fr.titrepro.shared.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The tablet page of the émargement: per day and épreuve, each candidate ticked present (signing in the box with a
 * finger or a stylus) or absent, by the centre's staff or a juror of the session; read-only once the PV is signed.
 */
@Path("/sessions/{id}/emargement")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
public class EmargementPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");

    /**
     * A row of the page; {@code number} names its form (« tick-3 »).
     *
     * @param status   « Présent », « Absent » or null; {@code recorded} says who ticked it, and when
     */
    public record RowModel(Long number, String epreuve, String schedule, String status, String recorded,
                           EmargementSheets.Row row) {
    }

    public record SheetModel(String day, String epreuve, List<RowModel> rows) {
    }

    /** @param mayTick the viewer keeps the émargement (centre staff or juror) and the session is open */
    public record Model(EmargementService.Sheets sheets, List<SheetModel> pages, boolean mayTick, String notice,
                        FormErrors errors) {

        /** The two radios of each row ({@code fieldRadios}); {@code js/emargement.js} reads the value « true ». */
        public List<Choice> presence() {
            return PRESENCE;
        }
    }

    private static final List<Choice> PRESENCE = List.of(new Choice("true", "Présent"), new Choice("false", "Absent"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheets(Model model);
    }

    @Inject
    EmargementService emargements;

    @Inject
    SessionAccess access;

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.sheets(model(id, access.viewer(), "saved".equals(notice) ? "Émargement enregistré." : null,
                FormErrors.none()));
    }

    @POST
    @Path("{enrolmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.CENTRE, Roles.JUROR})
    public Response tick(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
                         @BeanParam EmargementForm posted) {
        Viewer viewer = access.viewer();
        String number = posted.number();
        try {
            emargements.record(id, enrolmentId, posted.tick(), viewer);
            return Response.seeOther(URI.create("/sessions/" + id + "/emargement?notice=saved"
                    + (number == null ? "" : "#row-" + number))).build();
        } catch (ProblemException e) {
            if (e.type().status() == 404 || e.type().status() == 403) {
                throw e;
            }
            String form = number == null ? "tick" : "tick-" + number;
            return Response.status(e.type().status())
                    .entity(Templates.sheets(model(id, viewer, null, FormErrors.of(form, e)))).build();
        }
    }

    private Model model(long id, Viewer viewer, String notice, FormErrors errors) {
        EmargementService.Sheets sheets = emargements.sheets(id, viewer);
        List<SheetModel> pages = new ArrayList<>();
        long n = 0;
        for (EmargementSheets.Sheet sheet : sheets.sheets()) {
            List<RowModel> rows = new ArrayList<>();
            for (EmargementSheets.Row row : sheet.rows()) {
                Emargement m = row.emargement();
                rows.add(new RowModel(++n, sheet.epreuve(), TIME.format(row.start()) + " – " + TIME.format(row.end()),
                        m == null ? null : m.present ? "Présent" : "Absent",
                        m == null ? null : EmargementService.recorded(m), row));
            }
            pages.add(new SheetModel(FrenchDates.longDate(sheet.day()), sheet.epreuve(), rows));
        }
        boolean keeper = viewer.kind() == Viewer.Kind.CENTRE || viewer.kind() == Viewer.Kind.JUROR;
        return new Model(sheets, pages, keeper && sheets.open(), notice, errors);
    }
}
