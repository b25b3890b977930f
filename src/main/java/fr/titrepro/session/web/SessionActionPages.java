package fr.titrepro.session.web;

import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionAccess;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.session.SessionService;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.Viewer;
import fr.titrepro.session.enrolment.BulkEnrolmentCsvService;
import fr.titrepro.session.enrolment.BulkEnrolmentService;
import fr.titrepro.session.enrolment.EnrolmentService;
import fr.titrepro.session.jury.ConflictKind;
import fr.titrepro.session.jury.JuryService;
import fr.titrepro.shared.cluster.ConflictRetry;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.FormInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.util.List;

/**
 * The forms of the session page: each one acts through the services, then comes back to the page (303), or
 * shows the page again with its refusal next to the form.
 */
@Path("/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class SessionActionPages {

    @Inject
    SessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    BulkEnrolmentService bulk;

    @Inject
    BulkEnrolmentCsvService csv;

    @Inject
    JuryService jury;

    @Inject
    ConflictRetry retry;

    @Inject
    SessionAccess access;

    @Inject
    SessionPageModel model;

    @POST
    @Path("transitions")
    public Response transition(@PathParam("id") long id, @RestForm String to, @RestForm String reason) {
        return act(id, "transition", "transition", viewer -> sessions.transition(id,
                new SessionCommands.Transition(FormInput.option(SessionStatus.class, "to", to), reason), viewer));
    }

    @POST
    @Path("enrolments")
    public Response enrol(@PathParam("id") long id, @RestForm Long candidateId,
                          @RestForm String ccsExperienceMonths) {
        return act(id, "enrol", "enrolled", viewer -> {
            SessionCommands.NewEnrolment command = new SessionCommands.NewEnrolment(candidateId, null,
                    months(ccsExperienceMonths));
            retry.call(() -> enrolments.enrol(id, command, viewer));
        });
    }

    /** The candidates ticked on the page, enrolled all or none (the same rules as one by one). */
    @POST
    @Path("enrolments/bulk")
    public Response enrolAll(@PathParam("id") long id, @RestForm("candidateId") List<Long> candidateIds,
                             @RestForm String ccsExperienceMonths) {
        return act(id, "enrol-bulk", "bulk-enrolled", viewer -> {
            SessionCommands.BulkEnrolment command = new SessionCommands.BulkEnrolment(candidateIds == null
                    ? List.of() : candidateIds.stream().map(c -> new SessionCommands.NewEnrolment(c, null)).toList(),
                    null, months(ccsExperienceMonths));
            retry.call(() -> bulk.enrolAll(id, command, viewer));
        });
    }

    /** A CSV file of candidates the centre follows, enrolled all or none; the refusals list each line and column. */
    @POST
    @Path("enrolments/bulk.csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response enrolFile(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return act(id, "enrol-file", "file-enrolled", viewer -> {
            byte[] content = read(file);
            retry.call(() -> csv.enrolFile(id, content, viewer));
        });
    }

    @POST
    @Path("enrolments/{enrolmentId}/withdraw")
    public Response withdraw(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId) {
        return act(id, "enrolments", "withdrawn", viewer -> enrolments.withdraw(id, enrolmentId, viewer));
    }

    @POST
    @Path("jury")
    public Response assign(@PathParam("id") long id, @RestForm Long jurorId) {
        return act(id, "jury", "assigned", viewer -> jury.assign(id, required(jurorId, "jurorId",
                "Choisissez un membre de jury."), viewer));
    }

    @POST
    @Path("jury/{jurorId}/remove")
    public Response remove(@PathParam("id") long id, @PathParam("jurorId") long jurorId) {
        return act(id, "jury", "removed", viewer -> jury.remove(id, jurorId, viewer));
    }

    @POST
    @Path("conflicts")
    public Response conflict(@PathParam("id") long id, @RestForm Long jurorId, @RestForm Long candidateId,
                             @RestForm String kind, @RestForm String note) {
        return act(id, "conflict", "conflict", viewer -> jury.declareConflict(id, new SessionCommands.NewConflict(
                jurorId, candidateId, FormInput.option(ConflictKind.class, "kind", kind), note), viewer));
    }

    private interface Action {
        void run(Viewer viewer);
    }

    private Response act(long id, String form, String notice, Action action) {
        Viewer viewer = access.viewer();
        try {
            action.run(viewer);
            return Response.seeOther(URI.create("/sessions/" + id + "?notice=" + notice)).build();
        } catch (ProblemException e) {
            if (e.type().status() == 404 || e.type().status() == 403) {
                throw e;
            }
            return Response.status(e.type().status())
                    .entity(SessionPages.Templates.detail(model.build(id, viewer, FormErrors.of(form, e), null)))
                    .build();
        }
    }

    /** A blank field is no declared experience; anything else must be a whole number of months. */
    static Integer months(String value) {
        return FormInput.one("ccsExperienceMonths", value,
                (f, v, errors) -> FormInput.whole(f, v, "Indiquez un nombre entier de mois.", errors));
    }

    /** The uploaded file's bytes; no file chosen is an empty file (« Le fichier est vide »). */
    static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long required(Long value, String field, String message) {
        if (value == null) {
            throw ProblemException.invalidField(field, message);
        }
        return value;
    }
}
