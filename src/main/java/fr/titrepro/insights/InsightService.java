package fr.titrepro.insights;

import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreService;
import fr.titrepro.document.Region;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Paged;
import fr.titrepro.shared.web.SeekCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The quality dashboard (issue 19, docs/insights.md): who sees what — a centre its own figures beside its region's
 * and the national ones, never another centre's (403); the administration any centre, any region, the nation — and
 * the tables of each view, read from the aggregates only.
 */
@ApplicationScoped
public class InsightService {

    @Inject
    InsightRepository insights;

    @Inject
    TitleVersionRepository versions;

    @Inject
    CentreService centres;

    @Inject
    CurrentUser user;

    /**
     * Every table of the dashboard page in one transaction, the filters resolved once (the caller's centre, the title
     * version): the page asked each table apart, six transactions each resolving them again (issue 19, measured on the
     * national database). The CCP's competencies and criteria only when a CCP is chosen (drill-down), the results and
     * the juries (a page of them) only when not: a page reads what it shows (and the CCPs, which name the CCP chosen). {@code centre}: what the administration typed in the centre field, the centre
     * chosen when it names one (else the page says why and shows the figures without a centre).
     */
    public record Dashboard(Context context, InsightReport results, InsightReport ccps, InsightReport competencies,
                            InsightReport criteria, InsightReport juries, Paged<InsightTable.Row> juryPage,
                            CentreLookup.Result centre) {
    }

    @Transactional
    public Dashboard dashboard(InsightQuery asked, String centreText, JuryPage page) {
        TitleVersion title = title(asked);
        CentreLookup.Result centre = centreText == null || centreText.isBlank() || !user.isAdmin() ? null
                : lookup(title, centreText);
        InsightQuery q = centreText == null || !user.isAdmin() ? asked
                : asked.withCentreId(centre == null || centre.chosen() == null ? null : centre.chosen().id());
        Context c = context(q, title);
        boolean drilled = q.ccp() != null;
        Juries juries = drilled ? null : juries(c, page);
        return new Dashboard(c, drilled ? null : results(c), ccps(c), drilled ? competencies(c) : null,
                drilled ? criteria(c) : null,
                drilled ? null : juries.report(), drilled ? null : juries.paged(), centre);
    }

    /** The centres with figures for the title version that match what was typed (a part of the name, a number). */
    @Transactional
    public List<CentreLookup.Match> centres(InsightQuery q, String text) {
        return matching(title(q), CentreLookup.parse(text), CentreLookup.MAX_MATCHES);
    }

    private CentreLookup.Result lookup(TitleVersion title, String text) {
        return CentreLookup.choose(text, matching(title, CentreLookup.parse(text), CentreLookup.MAX_MATCHES + 1));
    }

    private List<CentreLookup.Match> matching(TitleVersion title, CentreLookup.Wanted wanted, int limit) {
        return insights.centresMatching(title.id, wanted.id(), wanted.name(), limit).stream()
                .map(r -> new CentreLookup.Match(InsightTables.num(r[0]), (String) r[1], InsightTables.num(r[2]) == 1))
                .toList();
    }

    /** The resolved filters: the title version and the populations compared, the caller's own first. */
    public record Context(TitleVersion title, InsightQuery query, List<Population> populations, boolean admin) {
        public List<String> labels() {
            return populations.stream().map(Population::label).toList();
        }
    }

    @Transactional
    public Context context(InsightQuery q) {
        return context(q, title(q));
    }

    private Context context(InsightQuery q, TitleVersion title) {
        Centre own = user.isAdmin() ? null : centres.callerCentre();
        if (own != null && q.centreId() != null && !q.centreId().equals(own.id)) {
            throw ProblemException.forbidden("Un centre ne voit que ses propres chiffres, à côté des chiffres "
                    + "régionaux et nationaux.");
        }
        InsightScope national = new InsightScope(title.id, q.from(), q.to(), null, null);
        List<Population> populations = new ArrayList<>();
        Centre centre = own != null ? own : q.centreId() == null ? null : centres.get(q.centreId());
        String region = q.region();
        if (centre != null) {
            populations.add(new Population(own != null ? "Mon centre" : centre.name, national.withCentre(centre.id)));
            if (region == null) {
                region = Region.ofPostalCode(centre.postalCode).map(Region::name).orElse(null);
            }
        }
        if (region != null) {
            populations.add(new Population("Région " + Region.valueOf(region).label(), national.withRegion(region)));
        }
        populations.add(new Population("National", national));
        return new Context(title, q, populations, own == null);
    }

    @Transactional
    public InsightReport results(InsightQuery q) {
        return results(context(q));
    }

    private InsightReport results(Context c) {
        InsightQuery q = c.query();
        return report(c, List.of(InsightTables.outcomes(c.labels(), each(c, insights::outcomes)),
                InsightTables.trend(c.labels(), each(c, insights::outcomesByQuarter), q.from(), q.to())));
    }

    @Transactional
    public InsightReport ccps(InsightQuery q) {
        return ccps(context(q));
    }

    private InsightReport ccps(Context c) {
        InsightQuery q = c.query();
        return report(c, List.of(InsightTables.acquired("ccps", "Taux d'acquisition par CCP", "CCP", c.labels(),
                each(c, insights::parts), true)));
    }

    @Transactional
    public InsightReport competencies(InsightQuery q) {
        return competencies(context(q));
    }

    private InsightReport competencies(Context c) {
        InsightQuery q = c.query();
        String part = required(q.ccp(), "ccp", "Choisissez le CCP (CCP1, CCP2…).");
        return report(c, List.of(InsightTables.acquired("competencies", "Taux d'acquisition par compétence — "
                + part, "Compétence", c.labels(), each(c, s -> insights.competencies(s, part)), true)));
    }

    @Transactional
    public InsightReport criteria(InsightQuery q) {
        return criteria(context(q));
    }

    private InsightReport criteria(Context c) {
        InsightQuery q = c.query();
        String part = required(q.ccp(), "ccp", "Choisissez le CCP (CCP1, CCP2…).");
        List<List<Object[]>> rows = each(c, s -> insights.criteria(s, part).stream()
                .filter(r -> q.competency() == null || q.competency().equals(r[1])).toList());
        return report(c, List.of(InsightTables.criteria(c.labels(), rows)));
    }

    /**
     * Per jury (session) of the first population, one page, the latest first: a centre sees its own sessions,
     * anonymised and numbered across the pages; the administration pages by keyset (docs/insights.md).
     */
    @Transactional
    public InsightReport juries(InsightQuery q, JuryPage page) {
        return juries(context(q), page).report();
    }

    /** Every jury of the first population (the export: complete, whatever the page shows). */
    @Transactional
    public InsightReport allJuries(InsightQuery q) {
        Context c = context(q);
        return report(c, List.of(InsightTables.juries(insights.juries(c.populations().getFirst().scope(), null, 0, 0),
                !c.admin(), 0, null)));
    }

    private record Juries(InsightReport report, Paged<InsightTable.Row> paged) {
    }

    private Juries juries(Context c, JuryPage page) {
        InsightScope scope = c.populations().getFirst().scope();
        boolean anonymised = !c.admin();
        SeekCursor after = anonymised ? null : page.after();
        int skipped = page.page() * page.size();
        List<Object[]> rows = insights.juries(scope, after, skipped, page.size() + 1);
        boolean more = rows.size() > page.size();
        List<Object[]> shown = more ? rows.subList(0, page.size()) : rows;
        String next = more && !anonymised ? JuryPage.cursorOf(shown.getLast()).encode() : null;
        InsightTable table = InsightTables.juries(shown, anonymised, anonymised ? skipped : 0, next);
        Paged<InsightTable.Row> paged = anonymised
                ? Paged.of(table.rows(), page.page(), page.size(), insights.countJuries(scope))
                : Paged.uncounted(table.rows(), page.page(), page.size()).withNextEncoded(next);
        return new Juries(report(c, List.of(table)), paged);
    }

    private TitleVersion title(InsightQuery q) {
        if (q.title() == null) {
            Optional<TitleVersion> withFigures = insights.titleVersions().stream().findFirst()
                    .flatMap(versions::findByIdOptional);
            return withFigures.or(() -> versions.latest("TP-00496")).orElseThrow(() ->
                    ProblemException.invalidField("title", "Choisissez un titre."));
        }
        Optional<TitleVersion> found = q.version() == null ? versions.latest(q.title())
                : versions.findVersion(q.title(), q.version());
        return found.orElseThrow(() -> ProblemException.invalidField(q.version() == null ? "title" : "version",
                q.version() == null ? "Titre inconnu : « " + q.title() + " »."
                        : "Version inconnue du titre " + q.title() + " : « " + q.version() + " »."));
    }

    private static String required(String value, String field, String message) {
        if (value == null) {
            throw ProblemException.invalidField(field, message);
        }
        return value;
    }

    private static List<List<Object[]>> each(Context c, Function<InsightScope, List<Object[]>> query) {
        return c.populations().stream().map(p -> query.apply(p.scope())).toList();
    }

    private static InsightReport report(Context c, List<InsightTable> tables) {
        return new InsightReport(c.title().code, c.title().version, c.title().acronym + " — " + c.title().name
                + " (version " + c.title().version + ")", c.query().from().toString(), c.query().to().toString(),
                c.labels(), tables);
    }
}
