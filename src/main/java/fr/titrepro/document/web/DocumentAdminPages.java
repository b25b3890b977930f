package fr.titrepro.document.web;

import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.shared.web.Downloads;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The administration's pages of issued documents: search, detail, revocation with confirmation. */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DocumentAdminPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<IssuedDocument> documents, String pagerBase, String search);

        static native TemplateInstance detail(IssuedDocument document, String verificationUrl, String reason,
                                              FormErrors errors);
    }

    @Inject
    IssuedDocuments documents;

    @GET
    public TemplateInstance list(@QueryParam("search") String search, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("after") String after) {
        String s = search == null ? "" : search.strip();
        return Templates.list(documents.list(s, Math.max(0, page), PAGE_SIZE, after),
                "/documents?" + (s.isEmpty() ? "" : "search=" + URLEncoder.encode(s, StandardCharsets.UTF_8) + "&"), s);
    }

    @GET
    @Path("{code}")
    public TemplateInstance detail(@PathParam("code") String code) {
        IssuedDocument d = documents.byCode(code);
        return Templates.detail(d, documents.verificationUrl(d.code), "", FormErrors.none());
    }

    /** The signed PDF as issued, downloaded from the page. */
    @GET
    @Path("{code}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code) {
        IssuedDocument d = documents.byCode(code);
        return Downloads.attachment(documents.pdf(d), "application/pdf", d.fileName()).build();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("code") String code, @FormParam("reason") String reason,
                           @FormParam("confirm") String confirm) {
        IssuedDocument d = documents.byCode(code);
        Violations errors = new Violations();
        errors.when(!"yes".equals(confirm), "confirm",
                "Cochez la case pour confirmer : la révocation est définitive et publique.");
        if (errors.isEmpty()) {
            try {
                documents.revoke(d.code, reason);
                return Response.seeOther(URI.create("/documents/" + d.code)).build();
            } catch (ProblemException e) {
                if (e.errors().isEmpty()) {
                    errors.add("reason", e.getMessage());
                }
                e.errors().forEach(f -> errors.add(f.field(), f.message()));
            }
        } else if (reason == null || reason.isBlank()) {
            errors.add("reason", "Indiquez le motif de la révocation : il est affiché sur la page de vérification.");
        }
        return Response.status(400).entity(Templates.detail(documents.byCode(code), documents.verificationUrl(d.code),
                reason == null ? "" : reason, FormErrors.of(FormErrors.PAGE, null, errors.list()))).build();
    }
}
