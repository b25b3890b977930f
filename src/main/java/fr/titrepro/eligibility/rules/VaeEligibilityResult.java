package fr.titrepro.eligibility.rules;

import java.util.List;

/**
 * The answer of {@link VaeEligibilityPolicy}: the verdict, the rule set applied, every reason (each citing its rule
 * and legal text), the information still missing, and how each experience was taken into account.
 *
 * @param countedHours hours retained (rule sets measured in hours; also shown for the others), overlaps counted once
 * @param countedDays  calendar days covered by the retained experiences, overlaps counted once
 */
public record VaeEligibilityResult(Verdict verdict, VaeRuleSet rule, List<Reason> reasons, List<MissingItem> missing,
                                   List<ExperienceOutcome> experiences, double countedHours, long countedDays) {

    public enum Verdict {
        ELIGIBLE("Éligible"), NOT_ELIGIBLE("Non éligible"), INCOMPLETE("Dossier incomplet");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Aspect {
        INFORMATION("Informations"), RELATION("Rapport avec le titre"), KINDS("Activités prises en compte"),
        DURATION("Durée d'expérience"), LIMITS("Nombre de demandes dans l'année");

        private final String label;

        Aspect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Outcome {
        MET("Respecté"), NOT_MET("Non respecté"), MISSING("À compléter"), INFO("Information");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One reason, with the id of the rule set and the legal texts it comes from. */
    public record Reason(String rule, Aspect aspect, Outcome outcome, String message, List<String> references) {
    }

    /** A piece of information the verdict needs; {@code field} is the path in the application (experiences[1].endDate). */
    public record MissingItem(String field, String message) {
    }

    /** How one experience counted: retained or not (and why), its own hours and days before overlaps are merged. */
    public record ExperienceOutcome(int number, String label, boolean retained, Double hours, Long days, String note) {
    }

    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }
}
