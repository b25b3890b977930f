package fr.titrepro.eligibility.api;

import fr.titrepro.candidate.Sex;
import fr.titrepro.eligibility.VaeApplication;
import fr.titrepro.eligibility.VaeDecision;
import fr.titrepro.eligibility.VaeLinkStatus;
import fr.titrepro.eligibility.rules.CompetencyCoverage;
import fr.titrepro.eligibility.rules.ExperienceKind;
import fr.titrepro.eligibility.rules.VaeAssessment;
import fr.titrepro.eligibility.rules.VaeEligibilityResult;
import fr.titrepro.eligibility.rules.VaeRuleSet;
import fr.titrepro.shared.web.Paged;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** VAE applications and eligibility as the API shows them: records only, never entities. */
public final class VaeViews {

    private VaeViews() {
    }

    public record RuleView(String id, String label, String period, List<String> references) {
        static RuleView of(VaeRuleSet r) {
            return new RuleView(r.id(), r.label(), r.period(), r.references());
        }
    }

    public record ReasonView(String rule, String aspect, String aspectLabel, String outcome, String outcomeLabel,
                             String message, List<String> references) {
    }

    public record MissingView(String field, String message) {
    }

    public record ExperienceOutcomeView(int number, String label, boolean retained, Double hours, Long days,
                                        String note) {
    }

    public record EvidenceView(int number, String label) {
    }

    public record CompetencyCoverageView(int number, String name, boolean covered, List<EvidenceView> experiences) {
    }

    public record CcpCoverageView(int number, String name, List<CompetencyCoverageView> competencies) {
    }

    public record UncoveredView(int ccpNumber, int number, String name) {
    }

    public record CoverageView(int covered, int total, List<CcpCoverageView> ccps, List<UncoveredView> uncovered) {
        static CoverageView of(CompetencyCoverage.Result c) {
            return new CoverageView(c.covered(), c.total(),
                    c.ccps().stream().map(b -> new CcpCoverageView(b.number(), b.name(), b.rows().stream()
                            .map(r -> new CompetencyCoverageView(r.number(), r.name(), r.covered(),
                                    r.experiences().stream().map(e -> new EvidenceView(e.number(), e.label())).toList()))
                            .toList())).toList(),
                    c.uncovered().stream().map(r -> new UncoveredView(r.ccpNumber(), r.number(), r.name())).toList());
        }
    }

    public record TitleRef(String code, String version, String name, String acronym) {
    }

    /** The answer of an eligibility check: verdict, rule applied, reasons, what is missing, coverage. */
    public record EligibilityView(String verdict, String verdictLabel, TitleRef title, boolean wholeTitle,
                                  List<Integer> targetCcps, RuleView rule, List<ReasonView> reasons,
                                  List<MissingView> missing, double countedHours, long countedDays,
                                  List<ExperienceOutcomeView> experiences, CoverageView coverage) {
        static EligibilityView of(VaeAssessment a) {
            VaeEligibilityResult r = a.eligibility();
            return new EligibilityView(r.verdict().name(), r.verdict().label(),
                    new TitleRef(a.title().code, a.title().version, a.title().name, a.title().acronym),
                    a.wholeTitle(), a.targetCcps().stream().map(c -> c.number).toList(), RuleView.of(r.rule()),
                    r.reasons().stream().map(x -> new ReasonView(x.rule(), x.aspect().name(), x.aspect().label(),
                            x.outcome().name(), x.outcome().label(), x.message(), x.references())).toList(),
                    r.missing().stream().map(m -> new MissingView(m.field(), m.message())).toList(),
                    r.countedHours(), r.countedDays(),
                    r.experiences().stream().map(e -> new ExperienceOutcomeView(e.number(), e.label(), e.retained(),
                            e.hours(), e.days(), e.note())).toList(),
                    CoverageView.of(a.coverage()));
        }
    }

    public record PersonView(String birthName, String usageName, String firstNames, Sex sex, LocalDate birthDate,
                             String birthCommune, String birthDepartment, String birthCountry, String nationality,
                             String email, String phone, String fullName) {
    }

    public record ExperienceView(int position, String organisation, String role, ExperienceKind kind,
                                 LocalDate startDate, LocalDate endDate, boolean ongoing, BigDecimal hoursPerWeek,
                                 BigDecimal totalHours, String activities, List<Integer> competencies) {
    }

    public record PreviousApplicationView(String certificationCode, String certificationName, LocalDate date,
                                          boolean ccpOnly) {
    }

    /**
     * @param link the proposed link to an existing person of the same identity (null when the person was new)
     */
    public record DecisionView(VaeDecision decision, String label, LocalDate date, String reasons, String reference,
                               LocalDate validUntil, String candidateReference, String decidedBy, Instant decidedAt,
                               LinkView link) {
        static DecisionView of(VaeApplication a) {
            return a.decision == null ? null : new DecisionView(a.decision, a.decision.label(), a.decisionDate,
                    a.decisionReasons, a.decisionReference, a.recevableUntil(),
                    a.candidate == null ? null : a.candidate.reference, a.decidedBy, a.decidedAt, LinkView.of(a));
        }
    }

    /** « Rattacher la recevabilité à … ? »: proposed, then confirmed or refused by someone, at some time. */
    public record LinkView(VaeLinkStatus status, String statusLabel, String proposedCandidateReference,
                           String proposedCandidateName, String question, String decidedBy, Instant decidedAt) {
        static LinkView of(VaeApplication a) {
            return a.linkStatus == null || a.proposedCandidate == null ? null : new LinkView(a.linkStatus,
                    a.linkStatus.label(), a.proposedCandidate.reference, a.proposedCandidate.fullName(),
                    VaeViews.question(a), a.linkDecidedBy, a.linkDecidedAt);
        }
    }

    public static String question(VaeApplication a) {
        return "Rattacher la recevabilité à " + a.proposedCandidate.fullName() + " (" + a.proposedCandidate.reference
                + ") ?";
    }

    /** The answer to the proposed link: {@code confirm} true to link, false to refuse. */
    public record LinkAnswer(Boolean confirm) {
    }

    public record ApplicationView(long id, String adviser, PersonView person, String titleCode, String titleVersion,
                                  List<Integer> ccpNumbers, LocalDate applicationDate, String state,
                                  String stateLabel, List<ExperienceView> experiences,
                                  List<PreviousApplicationView> previousApplications, EligibilityView eligibility,
                                  DecisionView decision, Instant createdAt, Instant updatedAt) {
    }

    public static ApplicationView application(VaeApplication a, VaeAssessment assessment) {
        return new ApplicationView(a.id, a.adviserUsername,
                new PersonView(a.identity.birthName, a.identity.usageName, a.identity.firstNames, a.identity.sex,
                        a.identity.birthDate, a.identity.birthCommune,
                        a.identity.birthDepartment, a.identity.birthCountry, a.identity.nationality, a.email, a.phone,
                                a.fullName()),
                a.titleCode, a.titleVersion, List.copyOf(a.ccpNumbers), a.applicationDate, a.stateCode(),
                a.stateLabel(),
                a.experiences.stream().map(e -> new ExperienceView(e.position, e.organisation, e.role, e.kind,
                        e.startDate, e.endDate, e.ongoing, e.hoursPerWeek, e.totalHours, e.activities,
                        List.copyOf(e.competencyNumbers))).toList(),
                a.previousApplications.stream().map(p -> new PreviousApplicationView(p.certificationCode,
                        p.certificationName, p.applicationDate, p.ccpOnly)).toList(),
                EligibilityView.of(assessment), DecisionView.of(a), a.createdAt, a.updatedAt);
    }

    public record ApplicationSummary(long id, String fullName, String titleCode, String titleVersion,
                                     boolean wholeTitle, List<Integer> ccpNumbers, LocalDate applicationDate,
                                     String eligibility, String ruleSet, String state, String stateLabel,
                                     String decisionReference, String adviser) {
    }

    public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }

    public static PageView<ApplicationSummary> page(Paged<VaeApplication> p) {
        return new PageView<>(p.items().stream().map(a -> new ApplicationSummary(a.id, a.fullName(), a.titleCode,
                a.titleVersion, a.wholeTitle(), List.copyOf(a.ccpNumbers), a.applicationDate, a.eligibility.name(),
                a.ruleSet, a.stateCode(), a.stateLabel(), a.decisionReference, a.adviserUsername)).toList(),
                p.page(), p.size(), p.total(), Math.max(1, p.totalPages()));
    }

    public static EligibilityView eligibility(VaeAssessment a) {
        return EligibilityView.of(a);
    }
}
