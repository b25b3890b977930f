package fr.titrepro.session.web;

import fr.titrepro.security.Roles;
import fr.titrepro.session.ParticipantSessions;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.jury.ConflictKind;
import fr.titrepro.session.jury.JuryService;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.FormInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** "Mes sessions": a juror's sessions (candidates, times, conflicts to declare), a candidate's convocations. */
@Path("/me/sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.JUROR, Roles.CANDIDATE})
public class MySessionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<ParticipantSessions.Participation> entries, boolean juror, Long jurorId, boolean upcoming,
                                            List<ConflictKind> conflictKinds, FormErrors errors, String notice);
    }

    @Inject
    JuryService jury;

    @Inject
    SessionAccess access;

    @Inject
    ParticipantSessions participants;

    @GET
    public TemplateInstance mine(@QueryParam("period") @DefaultValue("upcoming") String period,
                                 @QueryParam("notice") String notice) {
        return page(access.viewer(), !"past".equals(period), FormErrors.none(),
                "conflict".equals(notice) ? "Votre lien avec ce candidat est enregistré : vous ne participerez ni à "
                        + "son évaluation ni à sa délibération." : null);
    }

    @POST
    @Path("{id}/conflicts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.JUROR)
    public Response declare(@PathParam("id") long id, @RestForm Long candidateId, @RestForm String kind,
                            @RestForm String note) {
        Viewer viewer = access.viewer();
        try {
            jury.declareConflict(id, new SessionCommands.NewConflict(viewer.jurorId(), candidateId,
                    FormInput.option(ConflictKind.class, "kind", kind), note), viewer);
            return Response.seeOther(URI.create("/me/sessions?notice=conflict")).build();
        } catch (ProblemException e) {
            if (e.type().status() == 404) {
                throw e;
            }
            return Response.status(e.type().status()).entity(page(viewer, true, FormErrors.of("conflict-" + id, e),
                    null)).build();
        }
    }

    private TemplateInstance page(Viewer viewer, boolean upcoming, FormErrors errors, String notice) {
        return Templates.mine(participants.mine(viewer, upcoming), viewer.kind() == Viewer.Kind.JUROR,
                viewer.jurorId(), upcoming, List.of(ConflictKind.values()), errors, notice);
    }
}
