package fr.titrepro.eligibility.api;

import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeApplicationDraft;
import fr.titrepro.eligibility.VaeApplicationService;
import fr.titrepro.eligibility.VaeDecisionDraft;
import fr.titrepro.eligibility.report.VaeReportPdf;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.Problem;
import fr.titrepro.shared.error.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

@Path("/api/vae")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "VAE")
@RolesAllowed({Roles.VAE_ADVISER, Roles.ADMIN})
public class VaeResource {

    @Inject
    VaeApplicationService service;

    @Inject
    VaeReportPdf reports;

    @POST
    @Path("eligibility-checks")
    @Operation(summary = "Vérifier l'éligibilité d'une demande sans l'enregistrer : verdict, règle appliquée, motifs, couverture des compétences")
    public VaeViews.EligibilityView check(VaeApplicationDraft draft) {
        return VaeViews.eligibility(service.check(required(draft)));
    }

    @GET
    @Path("applications")
    @Operation(summary = "Demandes VAE suivies (toutes pour un administrateur), les plus récentes d'abord, par page")
    public VaeViews.PageView<VaeViews.ApplicationSummary> list(@QueryParam("page") @DefaultValue("0") int page,
                                                               @QueryParam("size") @DefaultValue("20") int size) {
        return VaeViews.page(service.list(page, size));
    }

    @POST
    @Path("applications")
    @Operation(summary = "Enregistrer une demande VAE (identité, titre ou CCP visés, expériences, demandes de l'année)")
    public Response create(VaeApplicationDraft draft) {
        VaeApplication app = service.create(required(draft));
        return Response.created(UriBuilder.fromPath("/api/vae/applications/{id}").build(app.id))
                .entity(view(app)).build();
    }

    @GET
    @Path("applications/{id}")
    @Operation(summary = "Une demande VAE avec son éligibilité recalculée et sa décision")
    public VaeViews.ApplicationView get(@PathParam("id") long id) {
        return view(service.get(id));
    }

    @PUT
    @Path("applications/{id}")
    @Operation(summary = "Remplacer le contenu d'une demande VAE (impossible après la décision)")
    public VaeViews.ApplicationView update(@PathParam("id") long id, VaeApplicationDraft draft) {
        return view(service.update(id, required(draft)));
    }

    @POST
    @Path("applications/{id}/decision")
    @Operation(summary = "Enregistrer la décision de recevabilité (RECEVABLE : la personne devient candidate, parcours VAE)")
    public VaeViews.ApplicationView decide(@PathParam("id") long id, VaeDecisionDraft decision) {
        if (decision == null) {
            throw ProblemException.invalidField("decision", "Le corps de la requête (la décision) est obligatoire.");
        }
        return view(service.decide(id, decision));
    }

    @POST
    @Path("applications/{id}/link")
    @Operation(summary = "Confirmer (confirm: true) ou refuser (false) le rattachement, proposé par la recevabilité, "
            + "à une personne déjà enregistrée : rien ne change dans son dossier avant cette confirmation")
    public VaeViews.ApplicationView link(@PathParam("id") long id, VaeViews.LinkAnswer answer) {
        if (answer == null || answer.confirm() == null) {
            throw ProblemException.invalidField("confirm", "Indiquez si le rattachement est confirmé (true) ou "
                    + "refusé (false).");
        }
        if (answer.confirm()) {
            service.confirmLink(id);
        } else {
            service.refuseLink(id);
        }
        // read again outside the transaction that recorded the answer (its entities are detached)
        return view(service.get(id));
    }

    @GET
    @Path("applications/{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Rapport d'éligibilité en PDF, à remettre à la personne")
    public Response report(@PathParam("id") long id) {
        VaeApplication app = service.get(id);
        byte[] pdf = reports.render(app, service.assess(app));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"eligibilite-vae-" + app.id + ".pdf\"")
                .build();
    }

    /**
     * A value of the wrong type (an unknown kind of experience, a date like "31/02") is a problem+json naming the
     * field, like every other error: Quarkus' built-in mapper for this exception would answer in its own format.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        String message = "Valeur illisible ou de mauvais type.";
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.BAD_REQUEST, message, null,
                        field.isEmpty() ? List.of() : List.of(new FieldError(field, message))))
                .build();
    }

    private VaeViews.ApplicationView view(VaeApplication app) {
        return VaeViews.application(app, service.assess(app));
    }

    private static VaeApplicationDraft required(VaeApplicationDraft draft) {
        if (draft == null) {
            throw ProblemException.invalidField("", "Le corps de la requête (la demande) est obligatoire.");
        }
        return draft;
    }
}
