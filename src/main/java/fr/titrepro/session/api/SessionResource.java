package fr.titrepro.session.api;

import fr.titrepro.security.Roles;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.ParticipantSessions;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionLists;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.session.jury.JuryCompositionPolicy;
import fr.titrepro.session.jury.JuryService;
import fr.titrepro.shared.web.Paged;
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

import java.util.Map;

@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    SessionLists lists;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    JuryService jury;

    @Inject
    SessionAccess access;

    @Inject
    RuleFacts facts;

    @Inject
    ParticipantSessions participants;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR, Roles.CANDIDATE})
    @Operation(summary = "Sessions à venir (period=upcoming) ou passées (past) : toutes pour l'administration, "
            + "celles du centre, celles où siège le juré, celles du candidat ; page suivante : « after » = « next » ; "
            + "comptées jusqu'à 1 000 (« totalCapped »)")
    public SessionViews.PageView<SessionViews.SessionSummary> list(
            @QueryParam("period") @DefaultValue("upcoming") String period,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("after") String after) {
        Paged<ExamSession> found = lists.list(access.viewer(), !"past".equals(period), Math.max(0, page),
                Math.clamp(size, 1, 100), after);
        Map<Long, Integer> enrolled = enrolments.enrolledIn(found.items());
        return SessionViews.PageView.of(found.items().stream().map(s -> SessionViews.summary(s, enrolled.get(s.id)))
                .toList(), found);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR, Roles.CANDIDATE})
    @Operation(summary = "Une session : pour le centre et l'administration, jury, conflits, actions possibles et "
            + "historique ; pour un juré, le jury, les candidats et ses propres déclarations ; pour un candidat, "
            + "sa propre inscription")
    public ParticipantViews.SessionView get(@PathParam("id") long id) {
        Viewer viewer = access.viewer();
        ExamSession s = sessions.get(id, viewer);
        if (viewer.manages(s)) {
            return detail(s, viewer);
        }
        return ParticipantViews.of(participants.of(s, viewer), viewer);
    }

    @POST
    @Operation(summary = "Planifier une session (état Brouillon)")
    public Response create(SessionCommands.NewSession body) {
        Viewer viewer = access.viewer();
        long id = sessions.create(body, viewer);
        return Response.created(UriBuilder.fromPath("/api/sessions/{id}").build(id)).entity(detail(id, viewer)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modifier dates, capacité, responsable ou site d'une session en préparation")
    public SessionViews.SessionDetail update(@PathParam("id") long id, SessionCommands.SessionChanges body) {
        Viewer viewer = access.viewer();
        sessions.update(id, body, viewer);
        return detail(id, viewer);
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Changer l'état d'une session ({\"to\":\"SCHEDULED\"}) ; CLOSED et VALIDATED : administration")
    public SessionViews.SessionDetail transition(@PathParam("id") long id, SessionCommands.Transition body) {
        Viewer viewer = access.viewer();
        sessions.transition(id, body, viewer);
        return detail(id, viewer);
    }

    @POST
    @Path("{id}/conflicts")
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.JUROR})
    @Operation(summary = "Déclarer le lien d'un membre du jury avec un candidat (le juré pour lui-même, ou le centre)")
    public Response declareConflict(@PathParam("id") long id, SessionCommands.NewConflict body) {
        Viewer viewer = access.viewer();
        long conflictId = jury.declareConflict(id, body, viewer);
        ExamSession s = sessions.get(id, viewer);
        return Response.status(Response.Status.CREATED).entity(s.conflicts.stream()
                .filter(c -> c.id == conflictId).map(SessionViews::conflict).findFirst().orElseThrow()).build();
    }

    private SessionViews.SessionDetail detail(long id, Viewer viewer) {
        return detail(sessions.get(id, viewer), viewer);
    }

    /** The managers' view; the create, update and transition routes are theirs only. */
    private SessionViews.SessionDetail detail(ExamSession s, Viewer viewer) {
        return SessionViews.detail(s, facts.composition(s).stream().map(JuryCompositionPolicy.Violation::message)
                .toList(), facts.incompleteJuries(s), sessions.options(s, viewer), true);
    }
}
