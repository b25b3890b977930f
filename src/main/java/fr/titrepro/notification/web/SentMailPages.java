package fr.titrepro.notification.web;

import fr.titrepro.notification.Outbox;
import fr.titrepro.notification.OutboxMessage;
import fr.titrepro.notification.OutboxState;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Paged;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * « Courriels envoyés »: the outbox for the administrators (and, with the run command, the place to read the demo's
 * mails): counts by state, the messages newest first, each one as sent, and the retry of a message in failure.
 */
@Path("/admin/mails")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SentMailPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<OutboxMessage> messages, Map<OutboxState, Long> counts,
                                            List<OutboxState> states, String state, String pagerBase,
                                            String stateError);

        static native TemplateInstance detail(OutboxMessage message, String error, String notice);
    }

    @Inject
    Outbox outbox;

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page) {
        List<FieldError> errors = new ArrayList<>();
        OutboxState filter = FormInput.choice(OutboxState.class, "state", state, FormInput.UNKNOWN, errors);
        String s = filter == null ? "" : filter.name();
        String error = errors.isEmpty() ? null : errors.getFirst().message();
        // an unknown state (not one of the select's) is refused next to the filter; the page lists every message
        return Response.status(error == null ? 200 : 400)
                .entity(Templates.list(outbox.page(filter, Math.max(page, 0), PAGE_SIZE), outbox.counts(),
                        List.of(OutboxState.values()), s, "/admin/mails?state=" + s + "&", error)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.detail(outbox.get(id), null, "retried".equals(notice)
                ? "Le courriel est de nouveau en attente : il partira au prochain passage de l'envoi." : null);
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object retry(@PathParam("id") long id, @RestForm String confirm) {
        OutboxMessage message = outbox.get(id);
        if (!"oui".equals(confirm)) {
            return Templates.detail(message, "Cochez la case de confirmation pour relancer ce courriel.", null);
        }
        try {
            outbox.retry(id);
        } catch (ProblemException e) {
            return Templates.detail(message, e.getMessage(), null);
        }
        return Response.seeOther(URI.create("/admin/mails/" + id + "?notice=retried")).build();
    }
}
