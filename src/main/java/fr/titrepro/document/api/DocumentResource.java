package fr.titrepro.document.api;

import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.shared.web.Downloads;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issued documents for the administration (DREETS): list, detail, PDF, revocation. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
@RolesAllowed(Roles.ADMIN)
public class DocumentResource {

    /** Why the document no longer stands: shown on the public verification page. */
    public record RevocationRequest(
            @NotBlank(message = "Indiquez le motif de la révocation : il est affiché sur la page de vérification.")
            @Size(max = 1000, message = "Le motif ne peut dépasser 1000 caractères.")
            String reason) {
    }

    @Inject
    IssuedDocuments documents;

    @GET
    @Operation(summary = "Documents délivrés, les plus récents d'abord (recherche par début du code, du nom du titulaire ou du code du titre ; « total » seulement avec une recherche, compté jusqu'à 1 000 (« totalCapped ») ; page suivante : « after » = « next »)")
    public DocumentViews.DocumentPage list(@QueryParam("search") String search,
                                           @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("50") int size,
                                           @QueryParam("after") String after) {
        var found = documents.list(search, Math.max(0, page), Math.clamp(size, 1, 200), after);
        return new DocumentViews.DocumentPage(found.items().stream().map(this::view).toList(), found.page(),
                found.size(), found.counted() || found.totalCapped() ? found.total() : null, found.totalCapped(),
                found.next());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Un document par son code de vérification")
    public DocumentViews.DocumentView get(@PathParam("code") String code) {
        return view(documents.byCode(code));
    }

    @GET
    @Path("{code}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Le PDF signé d'un document, tel que délivré")
    public Response pdf(@PathParam("code") String code) {
        IssuedDocument d = documents.byCode(code);
        return Downloads.attachment(documents.pdf(d), "application/pdf", d.fileName()).build();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Révoquer un document, avec son motif (affiché sur la page de vérification)")
    public DocumentViews.DocumentView revoke(@PathParam("code") String code,
                                             @Valid @NotNull(message = "Le corps de la requête est obligatoire.")
                                             RevocationRequest request) {
        return view(documents.revoke(code, request.reason()));
    }

    private DocumentViews.DocumentView view(IssuedDocument d) {
        return DocumentViews.admin(d, documents.verificationUrl(d.code));
    }
}
