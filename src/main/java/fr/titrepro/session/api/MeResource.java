package fr.titrepro.session.api;

import fr.titrepro.security.Roles;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionLists;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.shared.web.Paged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed({Roles.JUROR, Roles.CANDIDATE})
public class MeResource {

    @Inject
    SessionLists lists;

    @Inject
    SessionAccess access;

    @Inject
    RuleFacts facts;

    @GET
    @Operation(summary = "Mes sessions : celles où je siège (juré), celles où je suis inscrit (candidat)")
    public SessionViews.PageView<SessionViews.MySessionView> mine(
            @QueryParam("period") @DefaultValue("upcoming") String period,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Viewer viewer = access.viewer();
        Paged<ExamSession> found = lists.list(viewer, !"past".equals(period), Math.max(0, page),
                Math.clamp(size, 1, 100));
        return SessionViews.PageView.of(found.items().stream().map(s -> mine(s, viewer)).toList(), found);
    }

    private SessionViews.MySessionView mine(ExamSession s, Viewer viewer) {
        if (viewer.kind() == Viewer.Kind.JUROR) {
            return new SessionViews.MySessionView(SessionViews.summary(s), "JUROR",
                    "/api/sessions/" + s.id + "/jury/" + viewer.jurorId() + "/convocation.pdf", null);
        }
        Enrolment e = s.activeEnrolments().stream().filter(x -> x.candidate.id.equals(viewer.candidateId()))
                .findFirst().orElseThrow();
        SessionViews.EnrolmentView view = SessionViews.enrolment(e, facts.timetable(s).get(e.id));
        return new SessionViews.MySessionView(SessionViews.summary(s), "CANDIDATE", view.convocationUrl(), view);
    }
}
