package fr.titrepro.document.web;

import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.document.credential.CredentialCheck;
import fr.titrepro.document.credential.CredentialService;
import fr.titrepro.document.verification.Verification;
import fr.titrepro.document.verification.VerificationCode;
import fr.titrepro.document.verification.VerificationRateLimiter;
import fr.titrepro.shared.error.Problem;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.error.ProblemType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/**
 * The public verification of a document, without login: a French page for people (the QR code leads here) and
 * JSON for programs ({@code Accept: application/json}). Limited per client IP.
 */
@Path("/verify")
@PermitAll
@Tag(name = "Vérification")
public class VerificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String code, String error, String credentialError);

        static native TemplateInstance verification(Verification v);

        static native TemplateInstance unknown(String code);

        static native TemplateInstance limited(long seconds);

        static native TemplateInstance credential(CredentialCheck check, String pasted);
    }

    @Inject
    IssuedDocuments documents;

    @Inject
    VerificationRateLimiter limiter;

    @Inject
    CredentialService credentials;

    @Context
    HttpServerRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("code") String code) {
        if (code == null || code.isBlank()) {
            return Response.ok(Templates.form("", null, null)).build();
        }
        return VerificationCode.normalise(code)
                .map(c -> Response.seeOther(URI.create("/verify/" + c)).build())
                .orElseGet(() -> Response.status(400).entity(Templates.form(code, "Un code de vérification a 12 "
                        + "caractères (lettres et chiffres, sans 0, O, 1, I ni L), par exemple 7KQM-3XPA-9HTV.", null)).build());
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("code") String code) {
        long wait = limiter.secondsToWait(client());
        if (wait > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, wait)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.limited(wait)).build();
        }
        try {
            return Response.ok(Templates.verification(documents.verify(code)))
                    .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").build();
        } catch (ProblemException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.unknown(code)).header("X-Robots-Tag", "noindex").build();
        }
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vérifier un document par son code (sans connexion ; limité par adresse IP)")
    public Response json(@PathParam("code") String code) {
        long wait = limiter.secondsToWait(client());
        if (wait > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, wait).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(ProblemType.TOO_MANY_REQUESTS, "Trop de vérifications depuis votre adresse : "
                            + "réessayez dans " + wait + " s.", "/verify/" + code, List.of()))
                    .build();
        }
        return Response.ok(documents.verify(code)).header("Cache-Control", "no-store").build();
    }

    /** A pasted credential (the JWT or the JSON file of « Mes documents »): valide, révoqué, remplacé, falsifié. */
    @POST
    @Path("credential")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response credential(@RestForm("credential") String pasted) {
        long wait = limiter.secondsToWait(client());
        if (wait > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, wait)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.limited(wait)).build();
        }
        if (pasted == null || pasted.isBlank()) {
            return formAgain("Collez le justificatif numérique (le texte du fichier téléchargé ou le JWT).");
        }
        CredentialCheck check = credentials.check(pasted);
        return Response.ok(Templates.credential(check, pasted.length() > 20_000 ? "" : pasted))
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").build();
    }

    /** The same check for the credential's file, uploaded instead of pasted (the JSON of « Mes documents », or a JWT). */
    @POST
    @Path("credential")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response credentialFile(@RestForm("credentialFile") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        if (file == null || file.size() == 0) {
            return formAgain("Choisissez le fichier du justificatif numérique (.credential.json ou .jwt).");
        }
        if (file.size() > MAX_CREDENTIAL_FILE) {
            return formAgain("Ce fichier est trop grand pour un justificatif numérique (64 Ko au plus).");
        }
        try {
            return credential(java.nio.file.Files.readString(file.uploadedFile(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return formAgain("Ce fichier est illisible : téléchargez à nouveau le justificatif depuis « Mes documents ».");
        }
    }

    /** The form again with the credential's message (200: a public page, as the matrix expects of public routes). */
    private static Response formAgain(String credentialError) {
        return Response.ok().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form("", null, credentialError)).build();
    }

    static final long MAX_CREDENTIAL_FILE = 64 * 1024;

    /**
     * The client as Quarkus resolves it: the connection's address, or, behind a proxy listed in
     * {@code quarkus.http.proxy.trusted-proxies}, the address that proxy forwards (docs/deployment.md). Never an
     * {@code X-Forwarded-For} read here: any client could then choose its own bucket.
     */
    private String client() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
