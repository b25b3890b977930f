package fr.titrepro.candidate.api;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateService;
import fr.titrepro.candidate.DuplicateCandidateException;
import fr.titrepro.candidate.acquired.ProofRecordService;
import fr.titrepro.candidate.privacy.CandidateExport;
import fr.titrepro.candidate.privacy.ErasurePolicy;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.Problem;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Paged;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidats")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class CandidateResource {

    @Inject
    CandidateService candidates;

    @Inject
    ProofRecordService proofs;

    @GET
    @Operation(summary = "Candidats suivis par votre centre (administration : tous), recherche par nom, prénom, "
            + "référence, courriel (chaque mot en commence un) ou date de naissance ; paginés : « after » = le « next » "
            + "de la page précédente (pagination par clé, rapide à toute profondeur), ou « page » à partir de 0")
    public Paged<CandidateViews.CandidateSummary> list(@QueryParam("query") String query,
                                                       @QueryParam("page") @DefaultValue("0") int page,
                                                       @QueryParam("size") @DefaultValue("20") int size,
                                                       @QueryParam("after") String after) {
        return candidates.search(query, page, size, after).map(CandidateViews.CandidateSummary::of);
    }

    @POST
    @Operation(summary = "Inscrire un candidat. Personne déjà inscrite : 409 ; link=true pour demander à la suivre "
            + "(202 : demande de rattachement en attente, que la personne ou l'administration accepte ; le dossier "
            + "n'est ouvert à votre centre qu'ensuite). Déjà suivie par votre centre : 200")
    public Response create(CandidateViews.CandidateRequest request, @QueryParam("link") @DefaultValue("false") boolean link) {
        CandidateViews.CandidateRequest body = required(request);
        CandidateService.Registration r = candidates.register(body.data(), body.centreId(), link, body.username());
        if (r.outcome() == CandidateService.Outcome.LINK_REQUESTED) {
            LinkRequestViews.LinkRequestView pending = LinkRequestViews.LinkRequestView.forCentre(r.linkRequest());
            return Response.accepted(new CandidateViews.RegistrationView(r.outcome(), "Personne déjà inscrite sur la "
                            + "plateforme : demande de rattachement en attente. Son dossier sera ouvert à votre centre "
                            + "quand elle l'aura acceptée.", null, pending))
                    .location(UriBuilder.fromPath("/api/candidates/link-requests/{id}").build(r.linkRequest().id))
                    .build();
        }
        CandidateViews.CandidateView view = view(r.id());
        String message = switch (r.outcome()) {
            case CREATED -> "Candidat inscrit : " + r.reference() + ".";
            case LINKED -> "Personne déjà inscrite (" + r.reference() + ") : elle est désormais suivie par votre centre.";
            default -> "Personne déjà suivie par votre centre (" + r.reference() + ") : rien n'a changé.";
        };
        return Response.status(r.outcome() == CandidateService.Outcome.CREATED ? 201 : 200)
                .location(UriBuilder.fromPath("/api/candidates/{id}").build(r.id()))
                .entity(new CandidateViews.RegistrationView(r.outcome(), message, view, null)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.CANDIDATE})
    @Operation(summary = "Un candidat (centre : seulement ceux qu'il suit ; candidat : son propre dossier)")
    public CandidateViews.CandidateView get(@PathParam("id") long id) {
        return view(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modifier un candidat suivi par votre centre")
    public CandidateViews.CandidateView update(@PathParam("id") long id, CandidateViews.CandidateRequest request) {
        CandidateViews.CandidateRequest body = required(request);
        candidates.update(id, body.data(), body.username(), body.version());
        return view(id);
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.CANDIDATE})
    @Operation(summary = "RGPD : toutes les données détenues sur la personne, en JSON")
    public Response export(@PathParam("id") long id) {
        CandidateExport export = candidates.export(id);
        return Response.ok(export).header("Content-Disposition",
                "attachment; filename=\"donnees-" + export.reference() + ".json\"").build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "RGPD : effacer. Un centre cesse de suivre une personne suivie aussi ailleurs, ayant un "
            + "compte ou une certification (l'anonymisation relève alors de l'administration) ; sinon le dossier est "
            + "anonymisé, sauf certification détenue ou inscription à une session non terminée (422) ; la réponse "
            + "dit, capacité par capacité, ce qui a été effacé et ce qui est conservé et pourquoi")
    public CandidateViews.ErasureView erase(@PathParam("id") long id) {
        CandidateService.Erasure done = candidates.erase(id);
        return new CandidateViews.ErasureView(done.action(), done.action() == ErasurePolicy.Action.STOP_FOLLOWING
                ? "Votre centre ne suit plus cette personne ; son dossier n'est pas effacé."
                : "Les données de la personne ont été effacées (anonymisées), sauf ce que la loi oblige à conserver.",
                done.statements());
    }

    @POST
    @Path("{id}/held-ccps")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enregistrer un CCP obtenu avant la plateforme, sur justificatif")
    public Response recordHeldCcp(@PathParam("id") long id, CandidateViews.HeldCcpRequest request) {
        long heldId = proofs.recordCcp(id, required(request).data());
        return Response.created(UriBuilder.fromPath("/api/candidates/{id}").build(id))
                .entity(view(id).heldCcps().stream().filter(h -> h.id() == heldId).findFirst().orElseThrow()).build();
    }

    @POST
    @Path("{id}/obtained-titles")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enregistrer un titre obtenu avant la plateforme, sur justificatif (parchemin)")
    public Response recordObtainedTitle(@PathParam("id") long id, CandidateViews.ObtainedTitleRequest request) {
        long titleId = proofs.recordTitle(id, required(request).data()).id;
        return Response.created(UriBuilder.fromPath("/api/candidates/{id}").build(id))
                .entity(view(id).obtainedTitles().stream().filter(t -> t.id() == titleId).findFirst().orElseThrow())
                .build();
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateCandidateException e, RoutingContext ctx) {
        Problem p = e.toProblem(ctx.normalizedPath());
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(new CandidateViews.DuplicateProblem(
                p.type(), p.title(), p.status(), p.detail(), p.instance(), p.errors(), e.existingReference(),
                e.existingId(), e.followedByCaller())).build();
    }

    private CandidateViews.CandidateView view(long id) {
        Candidate c = candidates.get(id);
        return CandidateViews.CandidateView.of(c, candidates.followsSeen(c));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.invalidField("", "Le corps de la requête (JSON) est manquant.");
        }
        return body;
    }
}
