package fr.titrepro.centre.api;

import fr.titrepro.centre.CentreService;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.web.Paged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/centres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Centres agréés")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class CentreResource {

    /** An empty body (or JSON null) used to end in a NullPointerException, i.e. a 500. */
    static final String BODY_REQUIRED = "Le corps de la requête (JSON) est obligatoire.";

    @Inject
    CentreService centres;

    @GET
    @Operation(summary = "Centres (administration : tous, recherche par nom, ville ou SIRET ; centre : le sien), paginés")
    public Paged<CentreViews.CentreSummary> list(@QueryParam("query") String query,
                                                 @QueryParam("page") @DefaultValue("0") int page,
                                                 @QueryParam("size") @DefaultValue("20") int size) {
        return centres.search(query, page, size).map(CentreViews.CentreSummary::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un centre, ses agréments et son personnel")
    public CentreViews.CentreDetail get(@PathParam("id") long id) {
        return CentreViews.CentreDetail.of(centres.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enregistrer un centre (SIRET contrôlé)")
    public Response create(@NotNull(message = BODY_REQUIRED) CentreViews.CentreRequest request) {
        long id = centres.create(request.data());
        return Response.created(UriBuilder.fromPath("/api/centres/{id}").build(id)).entity(get(id)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Modifier un centre (version : contrôle des modifications concurrentes, facultatif)")
    public CentreViews.CentreDetail update(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) CentreViews.CentreRequest request) {
        centres.update(id, request.data(), request.version());
        return get(id);
    }

    @POST
    @Path("{id}/approvals")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Donner un agrément pour un titre, sur un site, pour une période comprise dans la validité du titre")
    public Response addApproval(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) CentreViews.ApprovalRequest request) {
        long approvalId = centres.addApproval(id, request.data());
        CentreViews.CentreDetail centre = get(id);
        return Response.created(UriBuilder.fromPath("/api/centres/{id}").build(id))
                .entity(centre.approvals().stream().filter(a -> a.id() == approvalId).findFirst().orElseThrow())
                .build();
    }

    @POST
    @Path("{id}/staff")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rattacher un utilisateur Keycloak (rôle centre) au centre ; un seul centre par utilisateur")
    public Response addStaff(@PathParam("id") long id, @NotNull(message = BODY_REQUIRED) CentreViews.StaffRequest request) {
        long staffId = centres.addStaff(id, request.username(), request.fullName());
        return Response.created(UriBuilder.fromPath("/api/centres/{id}").build(id))
                .entity(get(id).staff().stream().filter(s -> s.id() == staffId).findFirst().orElseThrow())
                .build();
    }

    @DELETE
    @Path("{id}/staff/{staffId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retirer un membre du personnel du centre")
    public Response removeStaff(@PathParam("id") long id, @PathParam("staffId") long staffId) {
        centres.removeStaff(id, staffId);
        return Response.noContent().build();
    }
}
