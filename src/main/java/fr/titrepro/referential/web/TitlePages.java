package fr.titrepro.referential.web;

import fr.titrepro.referential.Revision;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleStatus;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/** Pages of the référentiel: the titles, and one title's CCP → competencies → criteria. */
@Path("/titles")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TitlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TitleVersion> titles, List<TitleStatus> statuses, TitleStatus selected,
                                           boolean admin);

        static native TemplateInstance detail(TitleVersion title, List<TitleVersion> versions, Revision replacing,
                                              List<Revision> replacedBy);
    }

    @Inject
    TitleCatalog catalog;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance list(@QueryParam("status") String status) {
        TitleStatus selected = Arrays.stream(TitleStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        return Templates.list(catalog.latestTitles(selected), List.of(TitleStatus.values()), selected,
                identity.hasRole(Roles.ADMIN));
    }

    @GET
    @Path("{code}")
    public TemplateInstance detail(@PathParam("code") String code, @QueryParam("version") String version) {
        TitleVersion title = catalog.get(code, version);
        return Templates.detail(title, catalog.versionsOf(code), catalog.replacing(title).orElse(null),
                catalog.replacedBy(title));
    }
}
