package fr.titrepro.document.api;

import fr.titrepro.document.HolderPdf;
import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.shared.web.Downloads;
import fr.titrepro.document.credential.CredentialFiles;
import fr.titrepro.document.credential.CredentialService;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** « Mes documents »: the logged-in candidate's livrets and parchemins, and their signed PDFs. */
@Path("/api/me/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
@RolesAllowed(Roles.CANDIDATE)
public class MyDocumentsResource {

    @Inject
    IssuedDocuments documents;

    @Inject
    CredentialService credentials;

    @GET
    @Operation(summary = "Mes documents (livrets, parchemins), les plus récents d'abord, avec leur statut")
    public List<DocumentViews.MyDocument> list() {
        return documents.myDocuments().stream()
                .map(d -> DocumentViews.mine(d, documents.verificationUrl(d.code()))).toList();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Le PDF signé d'un de mes documents, tel que délivré (404 pour un autre candidat ; "
            + "ETag = SHA-256 du PDF, 304 sur If-None-Match)")
    public Response pdf(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        HolderPdf pdf = documents.myPdf(id, ifNoneMatch);
        return Downloads.privateVersioned(pdf.content(), "application/pdf", pdf.fileName(), pdf.sha256()).build();
    }

    @GET
    @Path("{id}/credential")
    @Operation(summary = "Le justificatif numérique d'un de mes documents (fichier JSON : "
            + "EnvelopedVerifiableCredential autour du JWT ; 404 pour un autre candidat)")
    public Response credential(@PathParam("id") long id) {
        IssuedDocument d = documents.myDocument(id);
        return Downloads.privateAttachment(credentials.enveloped(credentials.myCredential(id)),
                MediaType.APPLICATION_JSON, CredentialFiles.name(d)).build();
    }
}
