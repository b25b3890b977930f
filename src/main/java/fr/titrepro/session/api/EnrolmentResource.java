package fr.titrepro.session.api;

import fr.titrepro.security.Roles;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.RuleFacts;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.TimetablePlanner;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.BulkEnrolmentCsvService;
import fr.titrepro.session.enrolment.BulkEnrolmentService;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.session.enrolment.EnrolmentCsv;
import fr.titrepro.session.enrolment.EnrolmentService;
import fr.titrepro.session.paperwork.ConvocationService;
import jakarta.annotation.security.RolesAllowed;
import fr.titrepro.shared.cluster.ConflictRetry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Path("/api/sessions/{sessionId}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    ConflictRetry retry;

    @Inject
    BulkEnrolmentService bulk;

    @Inject
    BulkEnrolmentCsvService csv;

    @Inject
    ConvocationService convocations;

    @Inject
    SessionAccess access;

    @Inject
    RuleFacts facts;

    @GET
    @Operation(summary = "Les inscrits de la session, avec leur planning d'épreuves")
    public List<SessionViews.EnrolmentView> list(@PathParam("sessionId") long sessionId) {
        ExamSession s = access.managed(sessionId, access.viewer());
        Map<Long, List<TimetablePlanner.Slot>> timetable = facts.timetable(s);
        return s.activeEnrolments().stream().map(e -> SessionViews.enrolment(e, timetable.get(e.id))).toList();
    }

    @GET
    @Path("eligibility")
    @Operation(summary = "Ce que disent les règles d'inscription pour ce candidat à cette session, sans l'inscrire "
            + "(refus, ou CCP présentés et entretien final ; « entretien final seul » quand tous les CCP sont détenus)")
    public SessionViews.EligibilityView eligibility(@PathParam("sessionId") long sessionId,
                                                    @QueryParam("candidateId") Long candidateId,
                                                    @QueryParam("ccpNumbers") Set<Integer> ccpNumbers,
                                                    @QueryParam("ccsExperienceMonths") Integer ccsExperienceMonths) {
        EnrolmentService.Check check = enrolments.eligibility(sessionId, new SessionCommands.NewEnrolment(candidateId,
                ccpNumbers, ccsExperienceMonths), access.viewer());
        return SessionViews.eligibility(check.session(), check.candidate(), check.decision());
    }

    @POST
    @Operation(summary = "Inscrire un candidat ; tout refus est un 422 qui nomme la règle et la raison")
    public Response enrol(@PathParam("sessionId") long sessionId, SessionCommands.NewEnrolment body) {
        Viewer viewer = access.viewer();
        long id = retry.call(() -> enrolments.enrol(sessionId, body, viewer));
        Enrolment e = enrolments.visibleEnrolment(sessionId, id, viewer);
        return Response.created(UriBuilder.fromPath("/api/sessions/{s}/enrolments/{e}").build(sessionId, id))
                .entity(SessionViews.enrolment(e, facts.timetable(e.session).get(e.id))).build();
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Inscrire jusqu'à 500 candidats en une fois, tout ou rien, avec les règles de l'inscription "
            + "une à une ; un refus (400 ou 422) nomme chaque ligne refusée (enrolments[i].champ) et n'écrit rien")
    public Response enrolAll(@PathParam("sessionId") long sessionId, SessionCommands.BulkEnrolment body) {
        Viewer viewer = access.viewer();
        List<Long> ids = retry.call(() -> bulk.enrolAll(sessionId, body, viewer));
        return created(sessionId, ids, viewer);
    }

    private Response created(long sessionId, List<Long> ids, Viewer viewer) {
        ExamSession s = access.managed(sessionId, viewer);
        Map<Long, List<TimetablePlanner.Slot>> timetable = facts.timetable(s);
        Map<Long, Enrolment> byId = s.activeEnrolments().stream().collect(Collectors.toMap(e -> e.id, e -> e));
        return Response.status(Response.Status.CREATED).entity(new SessionViews.BulkEnrolmentView(ids.size(),
                ids.stream().map(id -> SessionViews.enrolment(byId.get(id), timetable.get(id))).toList())).build();
    }

    @POST
    @Path("bulk.csv")
    // browsers send a .csv as text/csv, or as application/vnd.ms-excel on Windows
    @Consumes({"text/csv", "application/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"})
    @Operation(summary = "Inscrire par fichier CSV (500 lignes au plus, 256 Ko) : une ligne par candidat suivi par le "
            + "centre, désigné par sa référence ou par nom, prénom et date de naissance ; colonnes facultatives ccp et "
            + "experience_mois ; ; ou , ; UTF-8 ou Windows-1252. Tout ou rien, avec les règles de l'inscription une à "
            + "une ; un refus nomme chaque ligne et colonne (lines[n].colonne, la ligne d'en-tête étant la ligne 1)")
    public Response enrolFile(@PathParam("sessionId") long sessionId, byte[] file) {
        Viewer viewer = access.viewer();
        List<Long> ids = retry.call(() -> csv.enrolFile(sessionId, file, viewer));
        return created(sessionId, ids, viewer);
    }

    @GET
    @Path("bulk.csv/template")
    @Produces("text/csv")
    @Operation(summary = "Modèle du fichier d'inscription par CSV (en-tête et deux lignes d'exemple)")
    public Response template(@PathParam("sessionId") long sessionId) {
        access.managed(sessionId, access.viewer());
        return Response.ok(EnrolmentCsv.template().getBytes(StandardCharsets.UTF_8)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + EnrolmentCsv.FILE_NAME + "\"").build();
    }

    @DELETE
    @Path("{enrolmentId}")
    @Operation(summary = "Désinscrire un candidat avant le début de la session")
    public Response withdraw(@PathParam("sessionId") long sessionId, @PathParam("enrolmentId") long enrolmentId) {
        enrolments.withdraw(sessionId, enrolmentId, access.viewer());
        return Response.noContent().build();
    }

    @GET
    @Path("{enrolmentId}/convocation.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.CENTRE, Roles.CANDIDATE})
    @Operation(summary = "Convocation PDF du candidat (le centre, l'administration, ou le candidat lui-même)")
    public Response convocation(@PathParam("sessionId") long sessionId, @PathParam("enrolmentId") long enrolmentId) {
        byte[] pdf = convocations.candidate(sessionId, enrolmentId, access.viewer());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"convocation-" + sessionId + "-" + enrolmentId
                        + ".pdf\"").build();
    }
}
