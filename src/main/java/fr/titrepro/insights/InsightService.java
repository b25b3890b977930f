package fr.titrepro.insights;

import fr.titrepro.centre.Centre;
import fr.titrepro.centre.CentreService;
import fr.titrepro.document.Region;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.TitleVersionRepository;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.ProblemException;
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
     * national database). The CCP's competencies and criteria only when a CCP is chosen (drill-down).
     */
    public record Dashboard(Context context, InsightReport results, InsightReport ccps, InsightReport competencies,
                            InsightReport criteria, InsightReport juries, List<Object[]> centres) {
    }

    @Transactional
    public Dashboard dashboard(InsightQuery q) {
        Context c = context(q);
        boolean drilled = q.ccp() != null;
        return new Dashboard(c, results(c), ccps(c), drilled ? competencies(c) : null, drilled ? criteria(c) : null,
                juries(c), c.admin() ? insights.centres(c.title().id) : List.of());
    }

    /** The resolved filters: the title version and the populations compared, the caller's own first. */
    public record Context(TitleVersion title, InsightQuery query, List<Population> populations, boolean admin) {
        public List<String> labels() {
            return populations.stream().map(Population::label).toList();
        }
    }

    @Transactional
    public Context context(InsightQuery q) {
        Centre own = user.isAdmin() ? null : centres.callerCentre();
        if (own != null && q.centreId() != null && !q.centreId().equals(own.id)) {
            throw ProblemException.forbidden("Un centre ne voit que ses propres chiffres, à côté des chiffres "
                    + "régionaux et nationaux.");
        }
        TitleVersion title = title(q);
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

    /** Per jury (session) of the first population: a centre sees its own sessions, anonymised. */
    @Transactional
    public InsightReport juries(InsightQuery q) {
        return juries(context(q));
    }

    private InsightReport juries(Context c) {
        InsightQuery q = c.query();
        boolean anonymised = !c.admin();
        return report(c, List.of(InsightTables.juries(insights.juries(c.populations().getFirst().scope()),
                anonymised)));
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
