package fr.titrepro.referential.diff.web;

import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.referential.diff.Change;
import fr.titrepro.referential.diff.CorrespondenceProposal;
import fr.titrepro.referential.diff.VersionComparisonService;
import fr.titrepro.referential.diff.VersionDiff;
import fr.titrepro.referential.diff.VersionReference;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** « Comparer deux millésimes »: choose two versions, see what changed, edit and save the correspondence table. */
@Path("/titles/{code}/diff")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@TemplateData(target = VersionComparisonService.Comparison.class)
@TemplateData(target = VersionComparisonService.VersionRef.class)
@TemplateData(target = VersionComparisonService.Summary.class)
@TemplateData(target = VersionComparisonService.SavedTable.class)
@TemplateData(target = VersionComparisonService.TableLineView.class)
@TemplateData(target = VersionDiff.CcpChange.class)
@TemplateData(target = VersionDiff.CompetencyChange.class)
@TemplateData(target = VersionDiff.CriterionChange.class)
@TemplateData(target = CorrespondenceProposal.ProposedLine.class)
@TemplateData(target = Change.class)
public class VersionDiffPages {

    /** A version the page offers: « TP-00496:05 » and its label. */
    public record Choice(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diff(String code, List<Choice> choices, String from, String to,
                                            VersionComparisonService.Comparison comparison, TableForm form,
                                            FormErrors errors, String notice);
    }

    @Inject
    TitleCatalog catalog;

    @Inject
    VersionComparisonService comparisons;

    @GET
    public TemplateInstance page(@PathParam("code") String code, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("notice") String notice) {
        List<Choice> choices = choices(code);
        String target = to == null || to.isBlank() ? choices.getFirst().value() : to;
        String source = from == null || from.isBlank() ? defaultFrom(choices, target) : from;
        if (source == null) {
            return Templates.diff(code, choices, null, target, null, null, FormErrors.none(), null);
        }
        VersionComparisonService.Comparison c = compare(source, target);
        return Templates.diff(code, choices, source, target, c, TableForm.prefilled(c), FormErrors.none(),
                "saved".equals(notice) ? "Table de correspondance enregistrée." : null);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response save(@PathParam("code") String code, @RestForm String from, @RestForm String to,
                         @RestForm boolean official, @RestForm String decree, @RestForm String note,
                         @RestForm boolean overwrite, @RestForm("lineFrom") List<String> lineFrom,
                         @RestForm("lineTo") List<String> lineTo) {
        TableForm form = TableForm.of(official, decree, note, lineFrom, lineTo);
        VersionReference source = VersionReference.parse("from", from);
        VersionReference target = VersionReference.parse("to", to);
        try {
            comparisons.saveTable(target.code(), target.version(),
                    form.toTable(source.code(), source.version(), overwrite));
            return Response.seeOther(UriBuilder.fromPath("/titles/{code}/diff").queryParam("from", from)
                    .queryParam("to", to).queryParam("notice", "saved").build(code)).build();
        } catch (ProblemException e) {
            VersionComparisonService.Comparison c = compare(from, to);
            return Response.status(e.type().status()).entity(Templates.diff(code, choices(code), from, to, c,
                    TableForm.withEmptyRows(form), FormErrors.of("table", e), null)).build();
        }
    }

    private VersionComparisonService.Comparison compare(String from, String to) {
        VersionReference a = VersionReference.parse("from", from);
        VersionReference b = VersionReference.parse("to", to);
        return comparisons.compare(a.code(), a.version(), b.code(), b.version());
    }

    /** The versions of the title, newest first, then the versions of other titles they replace. */
    private List<Choice> choices(String code) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (TitleVersion v : catalog.versionsOf(code)) {
            choices.put(v.code + ":" + v.version, choice(v));
            catalog.replacing(v).map(r -> r.oldVersion)
                    .ifPresent(old -> choices.putIfAbsent(old.code + ":" + old.version, choice(old)));
        }
        return List.copyOf(choices.values());
    }

    private static Choice choice(TitleVersion v) {
        return new Choice(v.code + ":" + v.version, v.code + " version " + v.version + " – " + v.name + " ("
                + v.acronym + ")");
    }

    /** The version that {@code to} replaces, else the next older one offered. */
    private String defaultFrom(List<Choice> choices, String to) {
        VersionReference b = VersionReference.parse("to", to);
        return catalog.find(b.code(), b.version()).flatMap(catalog::replacing)
                .map(r -> r.oldVersion.code + ":" + r.oldVersion.version)
                .orElseGet(() -> {
                    int i = choices.stream().map(Choice::value).toList().indexOf(to);
                    return i >= 0 && i + 1 < choices.size() ? choices.get(i + 1).value() : null;
                });
    }
}
