package fr.titrepro.notification.api;

import fr.titrepro.notification.Outbox;
import fr.titrepro.notification.OutboxMessage;
import fr.titrepro.notification.OutboxState;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Paged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Map;

/** The outbox for the administrators: messages by state, one message as sent, retry of a DEAD one. */
@Path("/api/admin/mails")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
public class OutboxResource {

    public record MailSummary(long id, String key, String event, String eventLabel, String recipientEmail,
                              String recipientName, String subject, String state, String stateLabel, int attempts,
                              Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError,
                              String attachmentName) {
        public static MailSummary of(OutboxMessage m) {
            return new MailSummary(m.id, m.key, m.event.name(), m.event.label(), m.recipientEmail, m.recipientName,
                    m.subject, m.state.name(), m.state.label(), m.attempts, m.createdAt, m.nextAttemptAt, m.sentAt,
                    m.lastError, m.attachmentName);
        }
    }

    public record MailDetail(MailSummary summary, String text, String html) {
    }

    public record MailList(Paged<MailSummary> messages, Map<OutboxState, Long> counts) {
    }

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "Courriels de la file d'envoi, les plus récents d'abord, et leur nombre par état")
    public MailList list(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("20") int size) {
        Paged.check(page, size);
        return new MailList(outbox.page(state(state), page, size).map(MailSummary::of), outbox.counts());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Un courriel tel qu'envoyé (texte et HTML)")
    public MailDetail get(@PathParam("id") long id) {
        OutboxMessage m = outbox.get(id);
        return new MailDetail(MailSummary.of(m), m.text, m.html);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Relance un courriel en échec : une nouvelle série de tentatives")
    public MailSummary retry(@PathParam("id") long id) {
        return MailSummary.of(outbox.retry(id));
    }

    /** The state filter of the list; blank: every state. */
    public static OutboxState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return OutboxState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "État inconnu : PENDING, SENDING, SENT, DEAD ou SKIPPED.");
        }
    }
}
