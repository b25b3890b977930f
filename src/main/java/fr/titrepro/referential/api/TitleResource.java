package fr.titrepro.referential.api;

import fr.titrepro.referential.ReferentialService;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.file.ImportOutcome;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
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
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/titles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Référentiel")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR, Roles.CANDIDATE, Roles.VAE_ADVISER})
public class TitleResource {

    /** Result of an import: what was done, the size of the version, and a French message. */
    public record ImportResponse(ImportOutcome outcome, String code, String version, int ccps, int competencies,
                                 int criteria, String message) {
    }

    @Inject
    TitleCatalog catalog;

    @Inject
    ReferentialService referential;

    @GET
    @Operation(summary = "Titres (dernière version de chacun), filtrables par statut")
    public List<TitleViews.TitleSummary> list(@QueryParam("status") String status) {
        return catalog.latestTitles(parseStatus(status)).stream().map(TitleViews::summary).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Arbre complet d'un titre : CCP, compétences, critères (dernière version, ou ?version=)")
    public TitleViews.TitleDetail get(@PathParam("code") String code, @QueryParam("version") String version) {
        TitleVersion v = catalog.get(code, version);
        return TitleViews.detail(v, catalog.replacing(v).orElse(null), catalog.replacedBy(v));
    }

    @GET
    @Path("{code}/versions")
    @Operation(summary = "Versions (millésimes) d'un titre, la plus récente d'abord")
    public List<TitleViews.VersionSummary> versions(@PathParam("code") String code) {
        return catalog.versionsOf(code).stream()
                .map(v -> TitleViews.version(v, catalog.replacing(v).orElse(null)))
                .toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Importer ou remplacer une version de titre (fichier YAML ou JSON, voir docs/referentiel-format.md)")
    public Response importVersion(byte[] file, @QueryParam("replace") @DefaultValue("false") boolean replace) {
        if (file == null || file.length == 0) {
            throw ProblemException.invalidField("", "Le fichier du référentiel est vide.");
        }
        ReferentialService.ImportResult result = referential.importFile(file, replace);
        ImportResponse body = new ImportResponse(result.outcome(), result.code(), result.version(), result.ccps(),
                result.competencies(), result.criteria(), switch (result.outcome()) {
                    case CREATED -> "Version importée.";
                    case REPLACED -> "Version remplacée.";
                    case UNCHANGED -> "Cette version est déjà chargée à l'identique : rien n'a changé.";
                });
        if (result.outcome() == ImportOutcome.CREATED) {
            return Response.created(UriBuilder.fromPath("/api/titles/{code}").queryParam("version", result.version())
                    .build(result.code())).entity(body).build();
        }
        return Response.ok(body).build();
    }

    private static TitleStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TitleStatus.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "Statut inconnu : ACTIVE, EXTENDED, REVISED ou CLOSED.");
        }
    }
}
