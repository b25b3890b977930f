package fr.titrepro.insights.web;

import fr.titrepro.document.Region;
import fr.titrepro.insights.CentreLookup;
import fr.titrepro.insights.InsightQuery;
import fr.titrepro.insights.InsightReport;
import fr.titrepro.insights.InsightService;
import fr.titrepro.insights.InsightTable;
import fr.titrepro.insights.JuryPage;
import fr.titrepro.insights.api.InsightFilters;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.web.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
                                                 InsightReport shown, InsightReport results, InsightReport ccps, InsightReport competencies,
                                                 InsightReport criteria, InsightReport juries,
                                                 Paged<InsightTable.Row> juryPage, String centreText,
                                                 String centreError, List<CentreLookup.Match> centreChoices,
                                                 List<Option> regions, String ccpLabel,
                                                 String competencyLabel, String exportQuery);
    }

    @Inject
    InsightService insights;

    /**
     * @param centre what the administration typed in the centre field (a part of the name or a number): it replaces
     *               {@code centreId} when sent, empty for every centre
     * @param page   the page of the juries table, {@code after} its keyset (the « Suivante » link)
     */
    @GET
    public TemplateInstance dashboard(@BeanParam InsightFilters filters, @QueryParam("centre") String centre,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("after") String after) {
        InsightService.Dashboard d = insights.dashboard(filters.query(), centre,
                JuryPage.of(Math.max(0, page), JuryPage.DEFAULT_SIZE, after));
        InsightQuery q = d.context().query();
        InsightReport ccps = d.ccps();
        InsightReport competencies = d.competencies();
        List<Option> regions = java.util.Arrays.stream(Region.values())
                .map(r -> new Option(r.name(), r.label())).toList();
        String ccpLabel = q.ccp() == null ? null : labelOf(ccps, q.ccp());
        String competencyLabel = q.competency() == null || competencies == null ? null
                : labelOf(competencies, q.competency());
        // the field shows what was typed when it named no centre, else the centre chosen as a suggestion reads it
        String centreText = d.centre() != null && d.centre().chosen() == null ? centre.strip()
                : q.centreId() == null || !d.context().admin() ? ""
                : d.context().labels().getFirst() + " (n° " + q.centreId() + ")";
        // the title and period of the page: from the results, or on a drill-down (no results read) its competencies
        InsightReport shown = d.results() != null ? d.results() : competencies;
        return Templates.dashboard(q, d.context(), shown, d.results(), ccps, competencies, d.criteria(), d.juries(),
                d.juryPage(), centreText, d.centre() == null ? null : d.centre().error(),
                d.centre() == null ? List.of() : d.centre().choices(), regions, ccpLabel, competencyLabel,
                exportQuery(q));
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
