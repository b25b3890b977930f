package fr.titrepro.notification.web;

import fr.titrepro.notification.Outbox;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/** « Mes courriels »: a candidate or a juror turns the reminders before their sessions on or off. */
@Path("/me/notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CANDIDATE, Roles.JUROR})
public class NotificationPreferencePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(boolean reminders, boolean saved);
    }

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance get(@QueryParam("saved") String saved) {
        return Templates.preferences(outbox.reminders(user.username()), saved != null);
    }

    /** An unchecked box is not sent: absent means reminders off. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String reminders) {
        outbox.setReminders(user.username(), "oui".equals(reminders));
        return Response.seeOther(URI.create("/me/notifications?saved")).build();
    }
}
