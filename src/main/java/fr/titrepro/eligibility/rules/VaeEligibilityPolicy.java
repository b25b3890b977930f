package fr.titrepro.eligibility.rules;

import fr.titrepro.eligibility.rules.ExperiencePeriods.Span;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Aspect;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.ExperienceOutcome;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.MissingItem;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Outcome;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Reason;
import fr.titrepro.eligibility.rules.VaeEligibilityResult.Verdict;
import fr.titrepro.eligibility.rules.VaeRuleSet.DurationUnit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Is a person eligible for a VAE towards a title (or some of its CCPs)? The rule set is chosen by the application
 * date in the {@link VaeRuleBook}; every reason names the rule set and cites its legal text.
 * <ul>
 * <li>An experience is retained when its activities are linked to a competency of the target CCPs (related to the
 * title) and its kind counts under the rule set.</li>
 * <li>Retained experiences must be complete (dates; hours when the rule measures hours), else the verdict is
 * INCOMPLETE with the missing items listed.</li>
 * <li>Durations never count an overlapping period twice; experiences are counted up to the application date.</li>
 * <li>The yearly limits on applications, when the rule set has them, make the application NOT_ELIGIBLE whatever
 * else is missing.</li>
 * </ul>
 */
public final class VaeEligibilityPolicy {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final VaeRuleBook rules;

    public VaeEligibilityPolicy(VaeRuleBook rules) {
        this.rules = rules;
    }

    public VaeEligibilityResult evaluate(VaeCase c) {
        VaeRuleSet rule = rules.ruleFor(c.applicationDate());
        Evaluation e = new Evaluation(rule, c);
        e.experiences();
        e.relation();
        e.duration();
        e.limits();
        return e.result();
    }

    /** The working state of one evaluation. */
    private static final class Evaluation {
        final VaeRuleSet rule;
        final VaeCase c;
        final List<Reason> reasons = new ArrayList<>();
        final List<MissingItem> missing = new ArrayList<>();
        final List<ExperienceOutcome> outcomes = new ArrayList<>();
        final List<Span> retained = new ArrayList<>();
        final List<Span> retainedOutsideTraining = new ArrayList<>();
        int related;
        boolean durationMet;
        boolean limitsExceeded;
        double countedHours;
        long countedDays;

        Evaluation(VaeRuleSet rule, VaeCase c) {
            this.rule = rule;
            this.c = c;
        }

        void experiences() {
            if (c.experiences().isEmpty()) {
                missing.add(new MissingItem("experiences", "Aucune expérience n'est renseignée."));
            }
            List<String> excludedKinds = new ArrayList<>();
            for (int i = 0; i < c.experiences().size(); i++) {
                VaeCase.Experience x = c.experiences().get(i);
                String field = "experiences[" + i + "]";
                Set<Integer> linked = x.competencies().stream().filter(c.targetCompetencies()::contains)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                if (linked.isEmpty()) {
                    skip(x, "non retenue : aucune activité n'est reliée à une compétence des CCP visés");
                    continue;
                }
                related++;
                if (x.kind() == null) {
                    missing.add(new MissingItem(field + ".kind", x.name() + " : type d'activité."));
                    skip(x, "non retenue : type d'activité à préciser");
                    continue;
                }
                if (!rule.counts(x.kind())) {
                    excludedKinds.add(x.name() + " : " + x.kind().label());
                    skip(x, "non retenue : « " + x.kind().label() + " » n'est pas prise en compte par la règle " + rule.id());
                    continue;
                }
                retain(x, field);
            }
            if (!missing.isEmpty()) {
                reasons.add(new Reason(rule.id(), Aspect.INFORMATION, Outcome.MISSING,
                        missing.size() + " information(s) manquante(s) : " + missing.stream().map(MissingItem::message)
                                .collect(Collectors.joining(" ")), List.of()));
            }
            if (!excludedKinds.isEmpty()) {
                reasons.add(new Reason(rule.id(), Aspect.KINDS, Outcome.INFO,
                        "Activités non prises en compte par la règle " + rule.id() + " : "
                                + String.join(" ; ", excludedKinds) + ".", VaeRuleSet.cite(rule.counted().legal())));
            }
        }

        /** A related experience of a kind that counts: retained when complete and before the application date. */
        private void retain(VaeCase.Experience x, String field) {
            int before = missing.size();
            if (x.start() == null) {
                missing.add(new MissingItem(field + ".startDate", x.name() + " : date de début."));
            }
            if (x.end() == null && !x.ongoing()) {
                missing.add(new MissingItem(field + ".endDate", x.name() + " : date de fin (ou « en cours »)."));
            }
            if (rule.minimum().unit() == DurationUnit.HOURS && x.hoursPerWeek() == null && x.totalHours() == null) {
                missing.add(new MissingItem(field + ".hoursPerWeek",
                        x.name() + " : heures par semaine ou nombre total d'heures."));
            }
            if (missing.size() > before) {
                skip(x, "à compléter");
                return;
            }
            if (x.start().isAfter(c.applicationDate())) {
                skip(x, "non retenue : commence après la date de la demande");
                return;
            }
            LocalDate declaredEnd = x.ongoing() || x.end() == null ? c.applicationDate() : x.end();
            LocalDate countedEnd = declaredEnd.isAfter(c.applicationDate()) ? c.applicationDate() : declaredEnd;
            double perDay = x.hoursPerWeek() == null && x.totalHours() == null ? 0
                    : ExperiencePeriods.hoursPerDay(x.hoursPerWeek(), x.totalHours(), x.start(), declaredEnd);
            Span span = new Span(x.start(), countedEnd, perDay);
            retained.add(span);
            if (!x.kind().training()) {
                retainedOutsideTraining.add(span);
            }
            outcomes.add(new ExperienceOutcome(x.number(), x.label(), true,
                    x.hoursPerWeek() == null && x.totalHours() == null ? null
                            : ExperiencePeriods.round(perDay * span.days()),
                    span.days(), countedEnd.isBefore(declaredEnd) ? "comptée jusqu'à la date de la demande" : null));
        }

        void relation() {
            String words = rule.relation().level().words();
            if (related == 0) {
                reasons.add(new Reason(rule.id(), Aspect.RELATION, Outcome.NOT_MET,
                        "Aucune expérience n'est " + words + " le titre visé : aucune activité n'est reliée à une "
                                + "compétence des CCP visés.", VaeRuleSet.cite(rule.relation().legal())));
            } else {
                reasons.add(new Reason(rule.id(), Aspect.RELATION, Outcome.MET,
                        related + " expérience(s) " + words + " le titre visé : leurs activités relèvent de "
                                + linkedTargetCompetencies() + " compétence(s) des CCP visés.",
                        VaeRuleSet.cite(rule.relation().legal())));
            }
        }

        private int linkedTargetCompetencies() {
            Set<Integer> all = new LinkedHashSet<>();
            c.experiences().forEach(x -> x.competencies().stream().filter(c.targetCompetencies()::contains)
                    .forEach(all::add));
            return all.size();
        }

        void duration() {
            VaeRuleSet.Minimum min = rule.minimum();
            double cap = min.fullTimeHoursPerWeek() == null ? 35 : min.fullTimeHoursPerWeek();
            countedHours = ExperiencePeriods.hours(retained, cap);
            countedDays = ExperiencePeriods.days(retained);
            List<String> legal = VaeRuleSet.cite(min.legal());
            if (rule.counted().trainingCappedByOtherActivities()) {
                double outside = ExperiencePeriods.hours(retainedOutsideTraining, cap);
                double inTraining = ExperiencePeriods.round(countedHours - outside);
                if (inTraining > outside) {
                    countedHours = ExperiencePeriods.round(outside * 2);
                    reasons.add(new Reason(rule.id(), Aspect.KINDS, Outcome.INFO,
                            "Les périodes de formation en milieu professionnel (" + HoursFormat.of(inTraining)
                                    + " h) ne comptent que dans la limite de la durée des autres activités ("
                                    + HoursFormat.of(outside) + " h).", VaeRuleSet.cite(rule.counted().legal())));
                }
            }
            boolean incomplete = !missing.isEmpty();
            switch (min.unit()) {
                case NONE -> {
                    durationMet = !retained.isEmpty();
                    if (durationMet) {
                        reasons.add(new Reason(rule.id(), Aspect.DURATION, Outcome.MET,
                                "Aucune durée minimale d'expérience n'est exigée (" + retained.size()
                                        + " expérience(s) retenue(s), " + HoursFormat.of(countedDays) + " jours).", legal));
                    } else if (incomplete) {
                        reasons.add(new Reason(rule.id(), Aspect.DURATION, Outcome.MISSING,
                                "Aucune durée minimale n'est exigée, mais aucune expérience complète n'est encore retenue.",
                                legal));
                    }
                }
                case HOURS -> {
                    durationMet = countedHours >= min.amount();
                    String measured = HoursFormat.of(countedHours) + " h retenues (périodes simultanées comptées une "
                            + "fois, " + HoursFormat.of(cap) + " h par semaine au plus) pour un minimum de "
                            + HoursFormat.of(min.amount()) + " h";
                    reasons.add(new Reason(rule.id(), Aspect.DURATION, outcome(incomplete),
                            measured + (durationMet ? " : minimum atteint." : incomplete
                                    ? " : à réévaluer une fois le dossier complété." : " : minimum non atteint."), legal));
                }
                case YEARS -> {
                    LocalDate anchor = retained.stream().map(Span::start).min(LocalDate::compareTo).orElse(c.applicationDate());
                    long required = ChronoUnit.DAYS.between(anchor, anchor.plusYears(min.amount()));
                    durationMet = !retained.isEmpty() && countedDays >= required;
                    String measured = HoursFormat.of(countedDays) + " jours d'expérience retenus (périodes simultanées "
                            + "comptées une fois) pour un minimum de " + min.amount() + " ans, soit "
                            + HoursFormat.of(required) + " jours à compter du " + DAY.format(anchor);
                    reasons.add(new Reason(rule.id(), Aspect.DURATION, outcome(incomplete),
                            measured + (durationMet ? " : minimum atteint." : incomplete
                                    ? " : à réévaluer une fois le dossier complété." : " : minimum non atteint."), legal));
                }
            }
        }

        private Outcome outcome(boolean incomplete) {
            return durationMet ? Outcome.MET : incomplete ? Outcome.MISSING : Outcome.NOT_MET;
        }

        void limits() {
            limitsExceeded = VaeYearlyLimits.exceeded(rule, c, reasons, missing);
        }

        private void skip(VaeCase.Experience x, String note) {
            outcomes.add(new ExperienceOutcome(x.number(), x.label(), false, null, null, note));
        }

        VaeEligibilityResult result() {
            Verdict verdict;
            if (limitsExceeded) {
                verdict = Verdict.NOT_ELIGIBLE;
            } else if (!missing.isEmpty()) {
                verdict = Verdict.INCOMPLETE;
            } else if (related == 0 || retained.isEmpty() || !durationMet) {
                verdict = Verdict.NOT_ELIGIBLE;
            } else {
                verdict = Verdict.ELIGIBLE;
            }
            if (verdict == Verdict.NOT_ELIGIBLE && related > 0 && retained.isEmpty() && rule.minimum().unit() == DurationUnit.NONE
                    && !limitsExceeded) {
                reasons.add(new Reason(rule.id(), Aspect.KINDS, Outcome.NOT_MET,
                        "Aucune des expériences en rapport avec le titre n'est d'un type pris en compte.",
                        VaeRuleSet.cite(rule.counted().legal())));
            }
            List<Reason> ordered = new ArrayList<>(reasons);
            ordered.sort(java.util.Comparator.comparing(Reason::aspect));
            return new VaeEligibilityResult(verdict, rule, List.copyOf(ordered), List.copyOf(missing),
                    List.copyOf(outcomes), countedHours, countedDays);
        }
    }
}
