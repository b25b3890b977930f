package fr.titrepro.referential.web;

import fr.titrepro.referential.AssessmentKind;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Issue 13, « Importer un REAC »: the admin uploads a REAC (PDF or text), reviews the draft read by
 * {@code POST /api/titles/reac-imports} as a tree with its warnings, fills in what is missing and saves it as a new
 * title version through {@code POST /api/titles} (the same validation as any référentiel file). Script:
 * reac-import.js.
 */
@Path("/titles/reac-import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ReacImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<TitleStatus> statuses, List<AssessmentKind> kinds);
    }

    @GET
    public TemplateInstance page() {
        return Templates.page(List.of(TitleStatus.values()), List.of(AssessmentKind.values()));
    }
}
