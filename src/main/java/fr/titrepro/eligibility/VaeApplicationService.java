package fr.titrepro.eligibility;

import fr.titrepro.eligibility.rules.CompetencyCoverage;
import fr.titrepro.eligibility.rules.VaeAssessment;
import fr.titrepro.eligibility.rules.VaeCase;
import fr.titrepro.eligibility.rules.VaeEligibilityPolicy;
import fr.titrepro.eligibility.rules.VaeRuleBook;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.web.Paged;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * VAE applications of the advisers: stateless eligibility checks, the applications themselves (an adviser sees
 * only those they follow, an admin all of them), and the recevabilité decision that makes the person a candidate.
 * The title version a draft targets is chosen by {@link VaeTitleChoice}, a draft is written into an application by
 * {@link VaeApplicationRecord}; the centres answer the link proposals through {@link VaeLinkProposals}.
 */
@ApplicationScoped
public class VaeApplicationService {

    @Inject
    VaeNotices notices;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final int MAX_PAGE_SIZE = 100;

    private final VaeEligibilityPolicy policy = new VaeEligibilityPolicy(VaeRuleBook.shipped());

    @Inject
    VaeApplicationRepository applications;

    @Inject
    TitleCatalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    VaeCandidateRegistration registration;

    Clock clock = Clock.systemDefaultZone();

    /** Eligibility and coverage of an application that is not recorded (no identity needed). */
    public VaeAssessment check(VaeApplicationDraft draft) {
        TitleVersion title = VaeTitleChoice.resolve(draft, false, today(), catalog::versionsOf);
        List<FieldError> errors = VaeApplicationValidator.application(draft, title);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La demande contient " + errors.size() + " erreur(s).", errors);
        }
        return assess(title, draft);
    }

    /** Every error of the draft at once (identity included), without writing anything: for the pages. */
    public List<FieldError> validate(VaeApplicationDraft draft) {
        List<FieldError> errors = new ArrayList<>(VaeApplicationValidator.person(draft.person(), today()));
        try {
            errors.addAll(VaeApplicationValidator.application(draft, VaeTitleChoice.resolve(draft, true, today(), catalog::versionsOf)));
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        return errors;
    }

    @Transactional
    public VaeApplication create(VaeApplicationDraft draft) {
        return create(draft, user.username());
    }

    /** Records an application followed by {@code adviser} (the demo data uses it at start-up, without a request). */
    @Transactional
    public VaeApplication create(VaeApplicationDraft draft, String adviser) {
        TitleVersion title = validated(draft);
        VaeApplication app = new VaeApplication();
        app.adviserUsername = adviser;
        app.createdAt = Instant.now(clock);
        fill(app, draft, title);
        applications.persist(app);
        return app;
    }

    @Transactional
    public VaeApplication update(long id, VaeApplicationDraft draft) {
        VaeApplication app = get(id);
        if (app.decided()) {
            throw ProblemException.conflict("La décision de recevabilité est enregistrée ("
                    + app.decision.label().toLowerCase() + " le " + DAY.format(app.decisionDate)
                    + ") : la demande ne peut plus être modifiée.");
        }
        TitleVersion title = validated(draft);
        app.updatedAt = Instant.now(clock);
        fill(app, draft, title);
        return app;
    }

    /** The application, if the current user follows it (or is an admin); 404 otherwise, so nothing leaks. */
    public VaeApplication get(long id) {
        VaeApplication app = applications.findById(id);
        if (app == null || !(user.isAdmin() || app.adviserUsername.equals(user.username()))) {
            throw ProblemException.notFound("Aucune demande VAE n° " + id + " parmi celles que vous suivez.");
        }
        return app;
    }

    public Paged<VaeApplication> list(int page, int size) {
        int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int safePage = Math.max(0, page);
        var query = applications.followedBy(user.isAdmin() ? null : user.username()).page(Page.of(safePage, safeSize));
        return Paged.of(query.list(), safePage, safeSize, query.count());
    }

    public VaeAssessment assess(VaeApplication app) {
        return assess(titleOf(app), draftOf(app));
    }

    @Transactional
    public VaeApplication decide(long id, VaeDecisionDraft decision) {
        return decide(get(id), decision, user.username());
    }

    /** Records the decision on an application loaded by id (demo data, at start-up). */
    @Transactional
    public VaeApplication decideAs(long id, VaeDecisionDraft decision, String adviser) {
        return decide(applications.findById(id), decision, adviser);
    }

    private VaeApplication decide(VaeApplication app, VaeDecisionDraft decision, String by) {
        if (app.decided()) {
            throw ProblemException.conflict("Une décision est déjà enregistrée pour cette demande : "
                    + app.decision.label().toLowerCase() + " le " + DAY.format(app.decisionDate) + " ("
                    + app.decisionReference + ").");
        }
        List<FieldError> errors = VaeApplicationValidator.decision(decision, app, today());
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        VaeAssessment assessment = assess(app);
        if (decision.decision() == VaeDecision.RECEVABLE && !assessment.eligibility().eligible()) {
            throw ProblemException.rule("La demande n'est pas éligible (" + assessment.eligibility().verdict().label()
                    .toLowerCase() + " selon la règle " + assessment.eligibility().rule().id()
                    + ") : elle ne peut pas être déclarée recevable.",
                    List.of(new FieldError("decision", "Seule une demande éligible peut être déclarée recevable.")));
        }
        app.decision = decision.decision();
        app.decisionDate = decision.date();
        app.decisionReasons = decision.reasons() == null || decision.reasons().isBlank() ? null : decision.reasons().strip();
        app.decidedBy = by;
        app.decidedAt = Instant.now(clock);
        app.eligibility = assessment.eligibility().verdict();
        app.ruleSet = assessment.eligibility().rule().id();
        app.decisionReference = "VAE-" + decision.date().getYear() + "-" + String.format("%06d", app.id);
        if (app.decision == VaeDecision.RECEVABLE) {
            registration.register(app);
        }
        notices.decided(app, app.recevableUntil());
        return app;
    }

    /**
     * The adviser following the application (or an admin) confirms the proposed link to an existing person: only
     * then does the recevabilité change that person's pathway and title (DOMAIN « VAE eligibility »).
     */
    @Transactional
    public void confirmLink(long id) {
        registration.confirm(get(id), user.username());
    }

    /** The proposed person is not the one of the application: nothing of their record changes. */
    @Transactional
    public void refuseLink(long id) {
        registration.refuse(get(id), user.username());
    }

    /**
     * Errors a decision would meet, without recording it (the page asks for confirmation only when there is none).
     * @throws ProblemException 404 or 409 as {@link #decide(long, VaeDecisionDraft)} would
     */
    public List<FieldError> checkDecision(long id, VaeDecisionDraft decision) {
        VaeApplication app = get(id);
        if (app.decided()) {
            throw ProblemException.conflict("Une décision est déjà enregistrée pour cette demande.");
        }
        List<FieldError> errors = new ArrayList<>(VaeApplicationValidator.decision(decision, app, today()));
        if (decision.decision() == VaeDecision.RECEVABLE && !assess(app).eligibility().eligible()) {
            errors.add(new FieldError("decision", "Seule une demande éligible peut être déclarée recevable."));
        }
        return errors;
    }

    /** Coverage of the competencies of the chosen CCPs (all when none) by experiences, even incomplete ones. */
    public CompetencyCoverage.Result coverage(TitleVersion title, java.util.Collection<Integer> ccpNumbers,
                                              List<VaeCase.Experience> experiences) {
        List<Ccp> target = ccpNumbers.isEmpty() ? title.ccps
                : title.ccps.stream().filter(c -> ccpNumbers.contains(c.number)).toList();
        return CompetencyCoverage.of(VaeApplicationValidator.competenciesOf(target).stream()
                .map(k -> new CompetencyCoverage.Target(k.ccp.number, k.ccp.name, k.number, k.name)).toList(), experiences);
    }

    public TitleVersion titleOf(VaeApplication app) {
        return catalog.get(app.titleCode, app.titleVersion);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------------------------------------------------

    private TitleVersion validated(VaeApplicationDraft draft) {
        List<FieldError> errors = new ArrayList<>(VaeApplicationValidator.person(draft.person(), today()));
        TitleVersion title = null;
        try {
            title = VaeTitleChoice.resolve(draft, true, today(), catalog::versionsOf);
            errors.addAll(VaeApplicationValidator.application(draft, title));
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return title;
    }

    VaeAssessment assess(TitleVersion title, VaeApplicationDraft d) {
        return VaeDraftAssessment.assess(policy, title, d);
    }

    /** Writes the draft into the application, with its eligibility as assessed now. */
    private void fill(VaeApplication app, VaeApplicationDraft d, TitleVersion title) {
        VaeApplicationRecord.write(app, d, title);
        VaeAssessment assessment = assess(title, draftOf(app));
        app.eligibility = assessment.eligibility().verdict();
        app.ruleSet = assessment.eligibility().rule().id();
    }

    /** The stored application in the shape of a draft (to assess it, or to edit it). */
    public static VaeApplicationDraft draftOf(VaeApplication app) {
        return new VaeApplicationDraft(
                new VaeApplicationDraft.Person(app.identity.birthName, app.identity.usageName,
                        app.identity.firstNames, app.identity.sex, app.identity.birthDate,
                        app.identity.birthCommune, app.identity.birthDepartment, app.identity.birthCountry,
                                app.identity.nationality, app.email, app.phone),
                app.titleCode, app.titleVersion, List.copyOf(app.ccpNumbers), app.applicationDate,
                app.experiences.stream().map(e -> new VaeApplicationDraft.Experience(e.organisation, e.role, e.kind,
                        e.startDate, e.endDate, e.ongoing, e.hoursPerWeek, e.totalHours, e.activities,
                        List.copyOf(e.competencyNumbers))).toList(),
                app.previousApplications.stream().map(p -> new VaeApplicationDraft.PreviousApplication(
                        p.certificationCode, p.certificationName, p.applicationDate, p.ccpOnly)).toList());
    }

    static ProblemException invalid(List<FieldError> errors) {
        return ProblemException.invalid("La demande contient " + errors.size() + " erreur(s) ; rien n'a été enregistré.",
                errors);
    }
}
