package fr.titrepro.insights.web;

import fr.titrepro.document.Region;
import fr.titrepro.insights.InsightQuery;
import fr.titrepro.insights.InsightReport;
import fr.titrepro.insights.InsightService;
import fr.titrepro.insights.api.InsightFilters;
import fr.titrepro.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * « Tableau de bord qualité » (issue 19) for a centre and the administration: results, CCPs, then — drilling down —
 * one CCP's competencies and criteria, and the jurors' agreement; each chart with its table and a text summary.
 */
@Path("/insights")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class InsightPages {

    /** A choice of a filter's list. */
    public record Option(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(InsightQuery query, InsightService.Context context,
                                                 InsightReport results, InsightReport ccps, InsightReport competencies,
                                                 InsightReport criteria, InsightReport juries, List<Option> centres,
                                                 List<Option> regions, String ccpLabel, String competencyLabel,
                                                 String exportQuery);
    }

    @Inject
    InsightService insights;

    @GET
    public TemplateInstance dashboard(@BeanParam InsightFilters filters) {
        InsightQuery q = filters.query();
        InsightService.Dashboard d = insights.dashboard(q);
        InsightReport ccps = d.ccps();
        InsightReport competencies = d.competencies();
        List<Option> centres = d.centres().stream()
                .map(r -> new Option(String.valueOf(r[0]), (String) r[1])).toList();
        List<Option> regions = java.util.Arrays.stream(Region.values())
                .map(r -> new Option(r.name(), r.label())).toList();
        String ccpLabel = q.ccp() == null ? null : labelOf(ccps, q.ccp());
        String competencyLabel = q.competency() == null || competencies == null ? null
                : labelOf(competencies, q.competency());
        return Templates.dashboard(q, d.context(), d.results(), ccps, competencies, d.criteria(), d.juries(),
                centres, regions, ccpLabel, competencyLabel, exportQuery(q));
    }

    private static String labelOf(InsightReport report, String key) {
        return report.tables().getFirst().rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .map(r -> r.label()).orElse(key);
    }

    /** The filters as a query string, for the export links and the drill-down links. */
    static String exportQuery(InsightQuery q) {
        StringBuilder s = new StringBuilder("from=").append(q.from()).append("&to=").append(q.to());
        if (q.title() != null) {
            s.append("&title=").append(enc(q.title()));
        }
        if (q.version() != null) {
            s.append("&version=").append(enc(q.version()));
        }
        if (q.centreId() != null) {
            s.append("&centreId=").append(q.centreId());
        }
        if (q.region() != null) {
            s.append("&region=").append(q.region());
        }
        return s.toString();
    }

    private static String enc(String v) {
        return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
    }
}
