package fr.titrepro.session.api;

import fr.titrepro.security.CurrentUser;
import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.jury.Juror;
import fr.titrepro.session.jury.JurorService;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Paged;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/jurors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Jurys")
@RolesAllowed(Roles.ADMIN)
public class JurorResource {

    @Inject
    JurorService jurors;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE})
    @Operation(summary = "Registre des membres de jury ; avec titleCode : ceux habilités pour ce titre de on à until")
    @APIResponse(responseCode = "200", description = "Administration : JurorView complet ; centre : JurorProfileView "
            + "(sans identifiant de connexion, courriel ni téléphone)")
    public SessionViews.PageView<?> list(@QueryParam("query") String query,
                                                              @QueryParam("titleCode") String titleCode,
                                                              @QueryParam("on") LocalDate on,
                                                              @QueryParam("until") LocalDate until,
                                                              @QueryParam("page") @DefaultValue("0") int page,
                                                              @QueryParam("size") @DefaultValue("20") int size) {
        Paged<Juror> found = jurors.search(query, titleCode, on, until, Math.max(0, page),
                Math.clamp(size, 1, 100));
        return SessionViews.PageView.of(found.items().stream().map(this::asSeenByCaller).toList(), found);
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.JUROR)
    @Operation(summary = "Ma fiche de membre de jury et mes habilitations")
    public SessionViews.JurorView me() {
        return SessionViews.juror(jurors.findByUsername(user.username()).orElseThrow(() -> ProblemException.notFound(
                "Votre compte n'est pas inscrit au registre des membres de jury : demandez à l'administration de vous y "
                        + "inscrire.")));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE})
    @Operation(summary = "Un membre de jury et ses habilitations (coordonnées et identifiant : administration)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            oneOf = {SessionViews.JurorView.class, SessionViews.JurorProfileView.class})))
    public Object get(@PathParam("id") long id) {
        return asSeenByCaller(jurors.get(id));
    }

    /** The administration reads the whole record; a centre only what composing a jury needs. */
    private Object asSeenByCaller(Juror juror) {
        return user.isAdmin() ? SessionViews.juror(juror) : SessionViews.profile(juror);
    }

    @POST
    @Operation(summary = "Inscrire un membre de jury au registre (au moins 3 ans d'expérience)")
    public Response register(SessionCommands.NewJuror body) {
        long id = jurors.register(body, user.username());
        return Response.created(UriBuilder.fromPath("/api/jurors/{id}").build(id))
                .entity(SessionViews.juror(jurors.get(id))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modifier l'identité, le métier, l'employeur ou l'expérience d'un membre de jury")
    public SessionViews.JurorView update(@PathParam("id") long id, SessionCommands.NewJuror body) {
        jurors.update(id, body);
        return SessionViews.juror(jurors.get(id));
    }

    @POST
    @Path("{id}/habilitations")
    @Operation(summary = "Habiliter un membre de jury pour un titre, sur une période")
    public Response habilitate(@PathParam("id") long id, SessionCommands.NewHabilitation body) {
        jurors.addHabilitation(id, body, user.username());
        return Response.status(Response.Status.CREATED).entity(SessionViews.juror(jurors.get(id))).build();
    }

    @DELETE
    @Path("{id}/habilitations/{habilitationId}")
    @Operation(summary = "Retirer une habilitation")
    public SessionViews.JurorView revoke(@PathParam("id") long id, @PathParam("habilitationId") long habilitationId) {
        jurors.removeHabilitation(id, habilitationId);
        return SessionViews.juror(jurors.get(id));
    }
}
