package fr.titrepro.security.api;

import fr.titrepro.security.Roles;
import fr.titrepro.shared.audit.AdminLogEntry;
import fr.titrepro.shared.audit.AdministrationLog;
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

import java.time.Instant;

@Path("/api/admin/log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
public class AdminLogResource {

    /** One sensitive action: ids only, no personal data. */
    public record EntryView(long id, Instant at, String actor, String action, String actionLabel,
                            String subjectType, Long subjectId, String detail) {
        static EntryView of(AdminLogEntry e) {
            return new EntryView(e.id, e.at, e.actor, e.action.name(), e.action.label(), e.subjectType, e.subjectId,
                    e.detail);
        }
    }

    @Inject
    AdministrationLog log;

    @GET
    @Operation(summary = "Journal d'administration : actions sensibles (agréments, habilitations, révocations, "
            + "validations de PV, effacements, réponses aux demandes de suivi), les plus récentes d'abord")
    public Paged<EntryView> list(@QueryParam("action") String action, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        Paged.check(page, size);
        AdminLogQuery q = AdminLogQuery.parse(action, from, to);
        AdministrationLog.Slice slice = log.search(q.action(), q.from(), q.to(), page, size);
        return Paged.of(slice.entries().stream().map(EntryView::of).toList(), page, size, slice.total());
    }
}
