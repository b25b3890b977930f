package fr.titrepro.notification.api;

import fr.titrepro.notification.Outbox;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's or a juror's own choice about reminders (convocations and results are always sent). */
@Path("/api/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@RolesAllowed({Roles.CANDIDATE, Roles.JUROR})
public class NotificationPreferenceResource {

    public record Preferences(Boolean reminders) {
    }

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Mes préférences de courriels : rappels avant les sessions")
    public Preferences get() {
        return new Preferences(outbox.reminders(user.username()));
    }

    @PUT
    @Operation(summary = "Active ou désactive mes rappels (les convocations et résultats restent envoyés)")
    public Preferences put(Preferences p) {
        if (p == null || p.reminders() == null) {
            throw ProblemException.invalidField("reminders", "Indiquez true (rappels activés) ou false.");
        }
        outbox.setReminders(user.username(), p.reminders());
        return new Preferences(outbox.reminders(user.username()));
    }
}
