package fr.titrepro.eligibility.web;

import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeApplicationDraft;
import fr.titrepro.eligibility.VaeApplicationService;
import fr.titrepro.eligibility.VaeDecision;
import fr.titrepro.eligibility.VaeDecisionDraft;
import fr.titrepro.eligibility.VaeTitles;
import fr.titrepro.eligibility.rules.CompetencyCoverage;
import fr.titrepro.eligibility.rules.ExperienceKind;
import fr.titrepro.eligibility.rules.VaeAssessment;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.security.Roles;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Choice;
import fr.titrepro.shared.web.FormErrors;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Paged;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The adviser's pages: dashboard, application form, result with reasons and coverage, recevabilité decision. */
@Path("/vae")
@TemplateData(target = CompetencyCoverage.Result.class)
@TemplateData(target = CompetencyCoverage.CcpBlock.class)
@TemplateData(target = CompetencyCoverage.Row.class)
@TemplateData(target = CompetencyCoverage.Evidence.class)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.VAE_ADVISER, Roles.ADMIN})
public class VaePages {

    private static final int PAGE_SIZE = 20;
    private static final List<Choice> DECISIONS = Choice.of(VaeDecision.class, VaeDecision::label);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Paged<VaeApplication> applications);

        static native TemplateInstance form(VaeForm form, Long id, List<TitleVersion> titles, TitleVersion title,
                                            List<ExperienceKind> kinds, CompetencyCoverage.Result coverage);

        static native TemplateInstance result(VaeApplication app, VaeAssessment assessment, DecisionForm decision,
                                              List<Choice> decisions);

        static native TemplateInstance confirm(VaeApplication app, VaeAssessment assessment, DecisionForm decision);

        static native TemplateInstance linkConfirm(VaeApplication app, boolean confirm);
    }

    /** The decision form as typed, with its errors. */
    public record DecisionForm(String decision, String date, String reasons, FormErrors errors) {
        public String error(String field) {
            return errors.field(field);
        }

        DecisionForm refused(List<FieldError> list) {
            return new DecisionForm(decision, date, reasons, FormErrors.of(FormErrors.PAGE,
                    "La décision n'est pas enregistrée.", list));
        }

        public boolean is(String value) {
            return value.equals(decision);
        }

        public String dateLabel() {
            try {
                return LocalDate.parse(date).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } catch (DateTimeParseException e) {
                return date;
            }
        }
    }

    @Inject
    VaeApplicationService service;

    @Inject
    VaeTitles vaeTitles;

    @GET
    public TemplateInstance dashboard(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.dashboard(service.list(page, PAGE_SIZE));
    }

    @GET
    @Path("applications/new")
    public TemplateInstance newApplication() {
        List<TitleVersion> titles = vaeTitles.openTitles();
        return form(VaeForm.blank(titles.isEmpty() ? "" : titles.getFirst().code, service.today()), null);
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        return submit(body, null);
    }

    @GET
    @Path("applications/{id}")
    public TemplateInstance result(@PathParam("id") long id) {
        VaeApplication app = service.get(id);
        return Templates.result(app, service.assess(app), emptyDecision(), DECISIONS);
    }

    @GET
    @Path("applications/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        VaeApplication app = service.get(id);
        if (app.decided()) {
            throw ProblemException.conflict("La décision de recevabilité est enregistrée : la demande ne peut plus être modifiée.");
        }
        return form(VaeFormReader.of(VaeApplicationService.draftOf(app)), id);
    }

    @POST
    @Path("applications/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        service.get(id);
        return submit(body, id);
    }

    @POST
    @Path("applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String date,
                           @RestForm String reasons, @RestForm String confirmed) {
        DecisionForm typed = new DecisionForm(strip(decision), strip(date), strip(reasons), FormErrors.none());
        List<FieldError> errors = new ArrayList<>();
        VaeDecisionDraft draft = new VaeDecisionDraft(
                FormInput.choice(VaeDecision.class, "decision", typed.decision(), null, new ArrayList<>()),
                FormInput.date("date", typed.date(), errors), typed.reasons());
        service.checkDecision(id, draft).stream()
                .filter(e -> errors.isEmpty() || !e.field().equals("date"))
                .forEach(errors::add);
        VaeApplication app = service.get(id);
        if (errors.isEmpty() && "true".equals(confirmed)) {
            try {
                service.decide(id, draft);
                return Response.seeOther(URI.create("/vae/applications/" + id)).build();
            } catch (ProblemException e) {
                errors.addAll(e.errors().isEmpty() ? List.of(new FieldError("decision", e.getMessage())) : e.errors());
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.result(app, service.assess(app), typed.refused(errors),
                    DECISIONS)).build();
        }
        return Response.ok(Templates.confirm(app, service.assess(app), typed)).build();
    }

    /**
     * The proposed link to an existing person: a first POST shows what will happen and asks for confirmation, the
     * confirmed one records it (who and when) and changes the person's record only when linking.
     */
    @POST
    @Path("applications/{id}/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@PathParam("id") long id, @RestForm String answer, @RestForm String confirmed) {
        answer = strip(answer);
        if (!answer.equals("confirm") && !answer.equals("refuse")) {
            throw ProblemException.invalidField("answer", "Choisissez de rattacher ou non la recevabilité.");
        }
        boolean confirm = answer.equals("confirm");
        VaeApplication app = service.get(id);
        if (!app.linkPending()) {
            throw ProblemException.conflict("Aucun rattachement n'est en attente pour cette demande.");
        }
        if (!"true".equals(confirmed)) {
            return Response.ok(Templates.linkConfirm(app, confirm)).build();
        }
        if (confirm) {
            service.confirmLink(id);
        } else {
            service.refuseLink(id);
        }
        return Response.seeOther(URI.create("/vae/applications/" + id)).build();
    }

    // ------------------------------------------------------------------------------------------------------------

    private Response submit(MultivaluedMap<String, String> body, Long id) {
        VaeForm form = VaeFormReader.parse(body);
        String action = value(body, "action");
        if (action.startsWith("remove-experience:")) {
            form.removeExperience(index(action));
        } else if (action.startsWith("remove-previous:")) {
            form.removePrevious(index(action));
        } else if (action.equals("add-experience")) {
            form.addExperience();
        } else if (action.equals("add-previous")) {
            form.addPrevious();
        }
        if (!action.equals("save")) {
            // title or date changed, or rows added/removed: show the form again, with the version in force
            form.titleVersion = "";
            return Response.ok(form(form, id)).build();
        }
        VaeFormDraft.Parsed parsed = VaeFormDraft.of(form);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(service.validate(parsed.draft()));
        if (errors.isEmpty()) {
            try {
                VaeApplicationDraft draft = parsed.draft();
                VaeApplication app = id == null ? service.create(draft) : service.update(id, draft);
                return Response.seeOther(URI.create("/vae/applications/" + app.id)).build();
            } catch (ProblemException e) {
                errors.addAll(e.errors().isEmpty() ? List.of(new FieldError("", e.getMessage())) : e.errors());
            }
        }
        form.errors(errors);
        form.titleVersion = "";
        if (form.experiences.isEmpty()) {
            form.addExperience();
        }
        return Response.status(400).entity(form(form, id)).build();
    }

    private TemplateInstance form(VaeForm form, Long id) {
        List<TitleVersion> titles = vaeTitles.openTitles();
        // an unreadable date is already an error on its field
        LocalDate day = FormInput.date("applicationDate", form.applicationDate, new ArrayList<>());
        form.settle();
        TitleVersion title = null;
        if (!form.titleCode.isBlank()) {
            title = vaeTitles.version(form.titleCode, form.titleVersion)
                    .or(() -> vaeTitles.versionInForce(form.titleCode, day))
                    .or(() -> vaeTitles.versionInForce(form.titleCode, null)).orElse(null);
        }
        if (title != null) {
            form.titleVersion = title.version;
        }
        CompetencyCoverage.Result coverage = title == null ? null : service.coverage(title,
                form.ccpNumbers.stream().map(Integer::valueOf).toList(), form.links());
        return Templates.form(form, id, titles, title, List.of(ExperienceKind.values()), coverage);
    }

    private DecisionForm emptyDecision() {
        return new DecisionForm("", service.today().toString(), "", FormErrors.none());
    }

    private static String value(MultivaluedMap<String, String> body, String key) {
        return strip(body.getFirst(key));
    }

    private static String strip(String v) {
        return v == null ? "" : v.strip();
    }

    private static int index(String action) {
        try {
            return Integer.parseInt(action.substring(action.indexOf(':') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
