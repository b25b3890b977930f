package fr.titrepro.document.api;

import fr.titrepro.document.credential.CredentialService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * The verifiable credentials for relying parties, without login (issue 16): a credential by its document's code,
 * the Bitstring Status Lists, and the issuer's DID document ({@code did:web}).
 */
@Path("/")
@PermitAll
@Tag(name = "Justificatifs numériques")
public class CredentialResource {

    static final String VC_JWT = "application/vc+jwt";

    @Inject
    CredentialService credentials;

    @GET
    @Path("api/credentials/{code}")
    @Produces(VC_JWT)
    @Operation(summary = "Le justificatif numérique (Open Badges 3.0, VC-JOSE-COSE) du document portant ce code")
    public Response credential(@PathParam("code") String code) {
        return Response.ok(credentials.credential(code), VC_JWT).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("api/credentials/status/{list}")
    @Produces(VC_JWT)
    @Operation(summary = "Une liste de statuts (Bitstring Status List) : le bit d'un justificatif révoqué ou remplacé "
            + "vaut 1")
    public Response statusList(@PathParam("list") long list) {
        return Response.ok(credentials.statusList(list), VC_JWT).header("Cache-Control", "max-age=60").build();
    }

    @GET
    @Path(".well-known/did.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Le document DID (did:web) de l'émetteur : ses clés de signature, anciennes comprises")
    public Map<String, Object> did() {
        return credentials.didDocument();
    }
}
