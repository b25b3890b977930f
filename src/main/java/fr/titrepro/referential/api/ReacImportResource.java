package fr.titrepro.referential.api;

import fr.titrepro.referential.reac.ReacImport;
import fr.titrepro.referential.reac.ReacImportService;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * Issue 13: reads a REAC (PDF or its text) into a draft référentiel for the admin to review; nothing is saved. The
 * draft is then saved through {@code POST /api/titles}. The body size is limited by {@link ReacImportSizeLimit}.
 */
@Path("/api/titles/reac-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Référentiel")
public class ReacImportResource {

    public static final String PATH = "/api/titles/reac-imports";

    @Inject
    ReacImportService imports;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"application/pdf", MediaType.TEXT_PLAIN})
    @Operation(summary = "Lire un REAC (PDF ou texte UTF-8) : brouillon de référentiel, avertissements et champs "
            + "manquants ; rien n'est enregistré")
    public ReacImport read(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean pdf = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf");
        return imports.read(body, pdf ? ReacImportService.Format.PDF : ReacImportService.Format.TEXT);
    }
}
