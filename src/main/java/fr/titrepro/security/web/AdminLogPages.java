package fr.titrepro.security.web;

import fr.titrepro.security.Roles;
import fr.titrepro.security.api.AdminLogQuery;
import fr.titrepro.shared.audit.AdminAction;
import fr.titrepro.shared.audit.AdminLogEntry;
import fr.titrepro.shared.audit.AdministrationLog;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Choice;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The administration log as a page: filters by action and dates, newest first. */
@Path("/admin/log")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminLogPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(Paged<AdminLogEntry> entries, String pagerBase, List<Choice> actions,
                                           String action, String from, String to, FormErrors errors);
    }

    @Inject
    AdministrationLog log;

    @GET
    public TemplateInstance log(@QueryParam("action") String action, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page) {
        String a = action == null ? "" : action.strip();
        String f = from == null ? "" : from.strip();
        String t = to == null ? "" : to.strip();
        List<Choice> actions = Choice.of(AdminAction.class, AdminAction::label);
        AdminLogQuery q;
        try {
            q = AdminLogQuery.parse(a, f, t);
        } catch (ProblemException e) {
            return Templates.log(Paged.of(List.of(), 0, PAGE_SIZE, 0), "/admin/log?", actions, a, f, t,
                    FormErrors.of(e));
        }
        AdministrationLog.Slice first = log.search(q.action(), q.from(), q.to(), Math.max(page, 0), PAGE_SIZE);
        int current = Paged.clamp(page, PAGE_SIZE, first.total());
        AdministrationLog.Slice slice = current == page ? first
                : log.search(q.action(), q.from(), q.to(), current, PAGE_SIZE);
        String base = "/admin/log?action=" + enc(a) + "&from=" + enc(f) + "&to=" + enc(t) + "&";
        return Templates.log(Paged.of(slice.entries(), current, PAGE_SIZE, slice.total()), base, actions, a, f, t,
                FormErrors.none());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
