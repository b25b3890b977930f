package fr.titrepro.document.web;

import fr.titrepro.document.HolderDocument;
import fr.titrepro.document.HolderPdf;
import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.shared.web.Downloads;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.credential.CredentialFiles;
import fr.titrepro.document.credential.CredentialQr;
import fr.titrepro.document.credential.CredentialService;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** « Mes documents »: the candidate's livrets and parchemins, with their status and download links. */
@Path("/me/documents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CANDIDATE)
public class MyDocumentsPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<HolderDocument> documents, String pagerBase);
    }

    @Inject
    IssuedDocuments documents;

    @Inject
    CredentialService credentials;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        List<HolderDocument> all = documents.myDocuments();
        int current = Paged.clamp(page, PAGE_SIZE, all.size());
        int from = Math.min(all.size(), current * PAGE_SIZE);
        return Templates.list(Paged.of(all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), current, PAGE_SIZE,
                all.size()), "/me/documents?");
    }

    /** The signed PDF as issued, downloaded from the page (the browser session; API clients use /api/me/documents). */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        HolderPdf pdf = documents.myPdf(id, ifNoneMatch);
        return Downloads.privateVersioned(pdf.content(), "application/pdf", pdf.fileName(), pdf.sha256()).build();
    }

    /** The credential twin as a JSON file (issue 16). */
    @GET
    @Path("{id}/credential")
    @Produces(MediaType.APPLICATION_JSON)
    public Response credential(@PathParam("id") long id) {
        IssuedDocument d = documents.myDocument(id);
        return Downloads.privateAttachment(credentials.enveloped(credentials.myCredential(id)),
                MediaType.APPLICATION_JSON, CredentialFiles.name(d)).build();
    }

    /** The QR code leading a relying party to the credential's public address. */
    @GET
    @Path("{id}/credential/qr")
    @Produces("image/svg+xml")
    public Response credentialQr(@PathParam("id") long id) {
        IssuedDocument d = documents.myDocument(id);
        return Response.ok(CredentialQr.svg(credentials.credentialUrl(d.code)), "image/svg+xml")
                .header("Cache-Control", "private, no-store").build();
    }
}
