package fr.titrepro.candidate.web;

import fr.titrepro.candidate.CandidateAccess;
import fr.titrepro.candidate.importing.ImportColumn;
import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The import page: the file is checked through the API (dry run: preview and every error), then imported as a
 * background job whose progress the page polls (candidate-import.js).
 */
@Path("/candidates/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class CandidateImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(List<ImportColumn> columns, List<Centre> centres, boolean admin,
                                                  Centre own);
    }

    @Inject
    CandidateAccess access;

    @Inject
    CentreRepository centres;

    @GET
    public TemplateInstance page() {
        boolean admin = access.isAdmin();
        return Templates.importPage(List.of(ImportColumn.values()), admin ? centres.allByName() : List.of(),
                admin, admin ? null : access.callerCentre());
    }
}
