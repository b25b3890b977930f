package fr.titrepro.insights.api;

import fr.titrepro.insights.InsightCsv;
import fr.titrepro.insights.InsightQuery;
import fr.titrepro.insights.InsightRefresher;
import fr.titrepro.insights.InsightReport;
import fr.titrepro.insights.InsightService;
import fr.titrepro.insights.InsightTable;
import fr.titrepro.insights.InsightXlsx;
import fr.titrepro.insights.JuryPage;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The quality dashboard's indicators (issue 19, docs/insights.md): a centre gets its own figures beside its region's
 * and the national ones, the administration any centre or region; every figure from fewer than 10 candidates is
 * suppressed. Filters: title, version, from / to (quarters 2026-T1), centreId (administration), region, ccp,
 * competency. The juries come a page at a time; their export is complete.
 */
@Path("/api/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tableau de bord qualité")
@RolesAllowed({Roles.ADMIN, Roles.CENTRE})
public class InsightResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    InsightService insights;

    @Inject
    InsightRefresher refresher;

    /** The views by table name, for the export. */
    private final Map<String, Function<InsightQuery, InsightReport>> views = Map.of(
            "outcomes", q -> insights.results(q), "trend", q -> insights.results(q),
            "ccps", q -> insights.ccps(q), "competencies", q -> insights.competencies(q),
            "criteria", q -> insights.criteria(q), "juries", q -> insights.allJuries(q));

    @GET
    @Path("results")
    @Operation(summary = "Résultats (titre obtenu, réussite partielle, échec, absent) et évolution par trimestre")
    public InsightReport results(@BeanParam InsightFilters filters) {
        return insights.results(filters.query());
    }

    @GET
    @Path("ccps")
    @Operation(summary = "Taux d'acquisition par CCP")
    public InsightReport ccps(@BeanParam InsightFilters filters) {
        return insights.ccps(filters.query());
    }

    @GET
    @Path("competencies")
    @Operation(summary = "Taux d'acquisition par compétence d'un CCP (ccp obligatoire)")
    public InsightReport competencies(@BeanParam InsightFilters filters) {
        return insights.competencies(filters.query());
    }

    @GET
    @Path("criteria")
    @Operation(summary = "Taux « non atteint », « non observé » et de verdicts divergents par critère (ccp obligatoire)")
    public InsightReport criteria(@BeanParam InsightFilters filters) {
        return insights.criteria(filters.query());
    }

    @GET
    @Path("juries")
    @Operation(summary = "Accord des jurés par jury (anonymisé pour un centre), les plus récents d'abord, par pages "
            + "(size, 20 par défaut ; page suivante : after = next du tableau, ou page pour un centre)")
    public InsightReport juries(@BeanParam InsightFilters filters, @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size, @QueryParam("after") String after) {
        return insights.juries(filters.query(), JuryPage.of(page, size, after));
    }

    /** A centre the administration may choose: its number, its name and the text the search field shows. */
    public record CentreSuggestion(long id, String name, String value) {
    }

    @GET
    @Path("centres")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Centres ayant des chiffres pour le titre dont le nom contient q, ou de numéro q (20 au plus ; "
            + "administration)")
    public List<CentreSuggestion> centres(@QueryParam("q") String text, @BeanParam InsightFilters filters) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("q", "Tapez une partie du nom du centre ou son numéro.");
        }
        return insights.centres(filters.query(), text).stream()
                .map(m -> new CentreSuggestion(m.id(), m.name(), m.label())).toList();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Export CSV d'un tableau (table = outcomes, trend, ccps, competencies, criteria, juries)")
    public Response export(@QueryParam("table") String table, @BeanParam InsightFilters filters) {
        InsightQuery q = filters.query();
        Chosen chosen = chosen(table, q);
        return file(InsightCsv.of(chosen.report(), chosen.table()).getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=UTF-8", table, "csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export Excel (.xlsx) d'un tableau, mêmes colonnes que le CSV : taux en pourcentage, nombres "
            + "en nombres, « < 10 candidats » pour un chiffre masqué, les filtres en tête")
    public Response exportXlsx(@QueryParam("table") String table, @BeanParam InsightFilters filters) {
        InsightQuery q = filters.query();
        Chosen chosen = chosen(table, q);
        return file(InsightXlsx.of(chosen.report(), chosen.table(), q), XLSX, table, "xlsx");
    }

    private record Chosen(InsightReport report, InsightTable table) {
    }

    /** The table asked for, computed under the caller's scope (a centre: its own figures and the wider ones). */
    private Chosen chosen(String table, InsightQuery q) {
        Function<InsightQuery, InsightReport> view = table == null ? null : views.get(table);
        if (view == null) {
            throw ProblemException.invalidField("table", "Tableau inconnu : outcomes, trend, ccps, competencies, "
                    + "criteria ou juries.");
        }
        InsightReport report = view.apply(q);
        return new Chosen(report, report.tables().stream().filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow());
    }

    private static Response file(byte[] content, String type, String table, String extension) {
        return Response.ok(content).type(type).header("Content-Disposition", "attachment; filename=\"tableau-de-bord-"
                + table + "." + extension + "\"").build();
    }

    /** Rewrites the aggregates of every validated session (existing data, repair). */
    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recalculer les agrégats de toutes les sessions validées (administration)")
    public Map<String, Integer> rebuild() {
        return Map.of("sessions", refresher.rebuild());
    }
}
