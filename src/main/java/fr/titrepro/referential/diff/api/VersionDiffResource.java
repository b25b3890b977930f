package fr.titrepro.referential.diff.api;

import fr.titrepro.referential.diff.CorrespondenceTable;
import fr.titrepro.referential.diff.VersionComparisonService;
import fr.titrepro.referential.diff.VersionReference;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Compare two millésimes of a title and save the revision's correspondence table. Reading is open to every logged-in
 * role (the référentiel is public information); saving a table is the administration's.
 */
@Path("/api/titles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Référentiel")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR, Roles.CANDIDATE, Roles.VAE_ADVISER})
public class VersionDiffResource {

    /** A line as sent: every old CCP of {@code from} held → each new CCP of {@code to}. */
    public record LineRequest(List<Integer> from, List<Integer> to) {
    }

    /**
     * @param fromCode  code of the replaced version (default: the code of the path)
     * @param official  true only for the arrêté de spécialité's table; then {@code decree} cites it
     * @param overwrite true to replace the version's current table
     */
    public record TableRequest(String fromCode, String fromVersion, boolean official, String decree, String note,
                               List<LineRequest> lines, boolean overwrite) {
        CorrespondenceTable toTable() {
            return new CorrespondenceTable(fromCode, fromVersion, official, decree, note, lines == null ? List.of()
                    : lines.stream().map(l -> l == null ? new CorrespondenceTable.TableLine(null, null)
                    : new CorrespondenceTable.TableLine(l.from(), l.to())).toList(), overwrite);
        }
    }

    @Inject
    VersionComparisonService comparisons;

    @GET
    @Path("{code}/versions/{a}/diff/{b}")
    @Operation(summary = "Ce qui change d'une version (millésime) à l'autre d'un titre, et la table de correspondance proposée")
    public VersionComparisonService.Comparison diff(@PathParam("code") String code, @PathParam("a") String a,
                                                    @PathParam("b") String b) {
        return comparisons.compare(code, a, code, b);
    }

    @GET
    @Path("diff")
    @Operation(summary = "Comparer deux versions de titres différents (titre et titre qui le remplace) : "
            + "?from=CODE:VERSION&to=CODE:VERSION")
    public VersionComparisonService.Comparison diffAcrossTitles(@QueryParam("from") String from,
                                                                @QueryParam("to") String to) {
        VersionReference a = VersionReference.parse("from", from);
        VersionReference b = VersionReference.parse("to", to);
        return comparisons.compare(a.code(), a.version(), b.code(), b.version());
    }

    @PUT
    @Path("{code}/versions/{b}/correspondence")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer la table de correspondance de la version révisée (officielle seulement avec "
            + "la citation de l'arrêté de spécialité)")
    public VersionComparisonService.SavedTable save(@PathParam("code") String code, @PathParam("b") String b,
                                                    TableRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("", "Le corps de la requête est vide : envoyez la table de correspondance.");
        }
        return comparisons.saveTable(code, b, request.toTable());
    }
}
