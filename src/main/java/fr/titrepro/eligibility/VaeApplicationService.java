package fr.titrepro.eligibility;

import fr.titrepro.shared.web.Paged;
import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.security.CurrentUser;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * VAE applications of the advisers: stateless eligibility checks, the applications themselves (an adviser sees
 * only those they follow, an admin all of them), and the recevabilité decision that makes the person a candidate.
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

    @Inject
    fr.titrepro.candidate.CandidateAccess candidateAccess;

    Clock clock = Clock.systemDefaultZone();

    /** Eligibility and coverage of an application that is not recorded (no identity needed). */
    public VaeAssessment check(VaeApplicationDraft draft) {
        TitleVersion title = resolveTitle(draft, false);
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
            errors.addAll(VaeApplicationValidator.application(draft, resolveTitle(draft, true)));
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

    /**
     * The proposals a centre may answer: those whose proposed person it follows (all for an admin). DOMAIN « VAE
     * eligibility »: the adviser, or the centre following the person, confirms the link.
     */
    public List<VaeApplication> linkProposalsOfCentre() {
        Long centreId = candidateAccess.listingCentreId();
        return applications.pendingLinks().stream()
                .filter(a -> centreId == null || a.proposedCandidate.isFollowedBy(centreId))
                .toList();
    }

    /** The centre following the proposed person (or an admin) answers; 404 for anyone else. */
    @Transactional
    public void answerLinkAsCentre(long id, boolean confirm) {
        VaeApplication app = applications.findById(id);
        if (app == null || app.proposedCandidate == null) {
            throw ProblemException.notFound("Aucune proposition de rattachement n° " + id + ".");
        }
        candidateAccess.editable(app.proposedCandidate.id);
        if (confirm) {
            registration.confirm(app, user.username());
        } else {
            registration.refuse(app, user.username());
        }
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

    /** The titles an adviser may target: the latest version of each title still open. */
    public List<TitleVersion> openTitles() {
        return catalog.latestTitles(null).stream()
                .filter(t -> t.status != fr.titrepro.referential.TitleStatus.CLOSED)
                .toList();
    }

    /** The given version of a title, if it exists (none when {@code version} is blank). */
    public Optional<TitleVersion> version(String code, String version) {
        if (code == null || code.isBlank() || version == null || version.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(catalog.get(code.strip(), version.strip()));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /** The version of the title in force on the date, or the latest one when the date is unknown. */
    public Optional<TitleVersion> versionInForce(String code, LocalDate date) {
        List<TitleVersion> versions;
        try {
            versions = catalog.versionsOf(code);
        } catch (ProblemException e) {
            return Optional.empty();
        }
        if (date == null) {
            return Optional.of(versions.getFirst());
        }
        return versions.stream().filter(v -> v.isValidOn(date)).findFirst();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------------------------------------------------

    private TitleVersion validated(VaeApplicationDraft draft) {
        List<FieldError> errors = new ArrayList<>(VaeApplicationValidator.person(draft.person(), today()));
        TitleVersion title = null;
        try {
            title = resolveTitle(draft, true);
            errors.addAll(VaeApplicationValidator.application(draft, title));
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return title;
    }

    /**
     * The title version the draft targets: the one given, or the one in force on the application date. A recorded
     * application cannot be dated in the future; a stateless check may (to simulate).
     */
    private TitleVersion resolveTitle(VaeApplicationDraft d, boolean recorded) {
        List<FieldError> errors = new ArrayList<>();
        if (d.applicationDate() == null) {
            errors.add(new FieldError("applicationDate", "La date de la demande est obligatoire."));
        } else if (recorded && d.applicationDate().isAfter(today())) {
            errors.add(new FieldError("applicationDate", "La date de la demande ne peut pas être dans le futur."));
        }
        if (d.titleCode() == null || d.titleCode().isBlank()) {
            errors.add(new FieldError("titleCode", "Le titre visé est obligatoire."));
            throw invalid(errors);
        }
        String code = d.titleCode().strip();
        List<TitleVersion> versions;
        try {
            versions = catalog.versionsOf(code);
        } catch (ProblemException e) {
            errors.add(new FieldError("titleCode", "Aucun titre n'a le code « " + code + " »."));
            throw invalid(errors);
        }
        TitleVersion chosen;
        if (d.titleVersion() != null && !d.titleVersion().isBlank()) {
            chosen = versions.stream().filter(v -> v.version.equals(d.titleVersion().strip())).findFirst().orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("titleVersion", "Le titre " + code + " n'a pas de version « "
                        + d.titleVersion().strip() + " »."));
                throw invalid(errors);
            }
            if (d.applicationDate() != null && !chosen.isValidOn(d.applicationDate())) {
                Optional<TitleVersion> inForce = versions.stream().filter(v -> v.isValidOn(d.applicationDate())).findFirst();
                errors.add(new FieldError("applicationDate", "La version " + chosen.version + " du titre " + code
                        + " n'est pas en vigueur le " + DAY.format(d.applicationDate())
                        + inForce.map(v -> " (version en vigueur : " + v.version + ")").orElse("") + "."));
            }
        } else if (d.applicationDate() != null) {
            chosen = versions.stream().filter(v -> v.isValidOn(d.applicationDate())).findFirst().orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("applicationDate", "Le titre " + code + " n'était pas en vigueur le "
                        + DAY.format(d.applicationDate()) + "."));
                throw invalid(errors);
            }
        } else {
            chosen = versions.getFirst();
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return chosen;
    }

    VaeAssessment assess(TitleVersion title, VaeApplicationDraft d) {
        Set<Integer> chosen = new TreeSet<>(d.ccpNumbers());
        List<Ccp> target = chosen.isEmpty() ? title.ccps
                : title.ccps.stream().filter(c -> chosen.contains(c.number)).toList();
        boolean wholeTitle = target.size() == title.ccps.size();
        List<Competency> competencies = VaeApplicationValidator.competenciesOf(target);
        List<VaeCase.Experience> experiences = new ArrayList<>();
        for (int i = 0; i < d.experiences().size(); i++) {
            VaeApplicationDraft.Experience x = d.experiences().get(i);
            experiences.add(new VaeCase.Experience(i + 1, VaeExperience.label(x.organisation(), x.role()), x.kind(),
                    x.startDate(), x.endDate(), x.isOngoing(),
                    x.hoursPerWeek() == null ? null : x.hoursPerWeek().doubleValue(),
                    x.totalHours() == null ? null : x.totalHours().doubleValue(),
                    new LinkedHashSet<>(x.competencies())));
        }
        List<VaeCase.PreviousApplication> previous = new ArrayList<>();
        for (int i = 0; i < d.previousApplications().size(); i++) {
            VaeApplicationDraft.PreviousApplication p = d.previousApplications().get(i);
            previous.add(new VaeCase.PreviousApplication(i + 1, p.certificationCode(), p.date(),
                    Boolean.TRUE.equals(p.ccpOnly())));
        }
        VaeCase c = new VaeCase(d.applicationDate(), title.code, !wholeTitle,
                competencies.stream().map(k -> k.number).collect(Collectors.toSet()), experiences, previous);
        List<CompetencyCoverage.Target> targets = competencies.stream()
                .map(k -> new CompetencyCoverage.Target(k.ccp.number, k.ccp.name, k.number, k.name)).toList();
        return new VaeAssessment(title, target, wholeTitle, policy.evaluate(c), CompetencyCoverage.of(targets, experiences));
    }

    private void fill(VaeApplication app, VaeApplicationDraft d, TitleVersion title) {
        VaeApplicationDraft.Person p = d.person();
        app.identity.birthName = p.birthName().strip();
        app.identity.usageName = trim(p.usageName());
        app.identity.firstNames = p.firstNames().strip();
        app.identity.sex = p.sex();
        app.identity.birthDate = p.birthDate();
        app.identity.birthCommune = trim(p.birthCommune());
        app.identity.birthDepartment = p.birthDepartment() == null || p.birthDepartment().isBlank() ? null
                : p.birthDepartment().strip().toUpperCase();
        app.identity.birthCountry = trim(p.birthCountry());
        app.identity.nationality = trim(p.nationality());
        app.email = trim(p.email());
        app.phone = trim(p.phone());
        app.identityKey = IdentityKey.of(app.identity.birthName, app.identity.firstNames, app.identity.birthDate,
                app.identity.birthCommune,
                app.identity.birthDepartment, app.identity.birthCountry);
        app.titleCode = title.code;
        app.titleVersion = title.version;
        app.applicationDate = d.applicationDate();
        Set<Integer> ccps = new TreeSet<>(d.ccpNumbers());
        app.ccpNumbers.clear();
        if (ccps.size() < title.ccps.size()) {
            app.ccpNumbers.addAll(ccps);
        }
        app.experiences.clear();
        app.previousApplications.clear();
        for (int i = 0; i < d.experiences().size(); i++) {
            VaeApplicationDraft.Experience x = d.experiences().get(i);
            VaeExperience e = new VaeExperience();
            e.application = app;
            e.position = i + 1;
            e.organisation = trim(x.organisation());
            e.role = trim(x.role());
            e.kind = x.kind();
            e.startDate = x.startDate();
            e.endDate = x.endDate();
            e.ongoing = x.isOngoing();
            e.hoursPerWeek = x.hoursPerWeek();
            e.totalHours = x.totalHours();
            e.activities = trim(x.activities());
            e.competencyNumbers.addAll(x.competencies());
            app.experiences.add(e);
        }
        for (int i = 0; i < d.previousApplications().size(); i++) {
            VaeApplicationDraft.PreviousApplication x = d.previousApplications().get(i);
            VaePreviousApplication p2 = new VaePreviousApplication();
            p2.application = app;
            p2.position = i + 1;
            p2.certificationCode = x.certificationCode() == null || x.certificationCode().isBlank() ? null
                    : x.certificationCode().strip().toUpperCase();
            p2.certificationName = trim(x.certificationName());
            p2.applicationDate = x.date();
            p2.ccpOnly = Boolean.TRUE.equals(x.ccpOnly());
            app.previousApplications.add(p2);
        }
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

    private static ProblemException invalid(List<FieldError> errors) {
        return ProblemException.invalid("La demande contient " + errors.size() + " erreur(s) ; rien n'a été enregistré.",
                errors);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
