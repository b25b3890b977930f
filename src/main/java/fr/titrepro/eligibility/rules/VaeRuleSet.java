package fr.titrepro.eligibility.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * One dated set of VAE eligibility rules, as listed in {@code eligibility/vae-rules.yaml}: its validity period (by
 * application date), its minimum duration, what relation to the title is required, which kinds of experience count,
 * the yearly limits on applications, and the legal text behind each of them.
 */
public record VaeRuleSet(String id, String label, LocalDate validFrom, LocalDate validUntil, Minimum minimum,
                         Relation relation, Counted counted, YearlyLimits yearlyLimits) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A legal text; {@code verified} is false when it must still be checked against the official text. */
    public record LegalReference(String text, boolean verified) {
        public String cite() {
            return verified ? text : text + " (référence à vérifier)";
        }
    }

    public enum DurationUnit { NONE, YEARS, HOURS }

    public record Minimum(DurationUnit unit, int amount, Integer fullTimeHoursPerWeek, List<LegalReference> legal) {
    }

    public enum RelationLevel {
        RELATED("en rapport avec"), DIRECT("en rapport direct avec");

        private final String words;

        RelationLevel(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Relation(RelationLevel level, List<LegalReference> legal) {
    }

    /** Kinds of experience that count; training periods may be limited to the duration of the other activities. */
    public record Counted(Set<ExperienceKind> kinds, boolean trainingCappedByOtherActivities,
                          List<LegalReference> legal) {
    }

    /** At most {@code sameCertification} application(s) per certification and {@code differentCertifications} in all, per calendar year. */
    public record YearlyLimits(int sameCertification, int differentCertifications, boolean ccpOnlyNotCounted,
                               List<LegalReference> legal) {
    }

    public boolean appliesOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean counts(ExperienceKind kind) {
        return counted.kinds().contains(kind);
    }

    /** "jusqu'au 30/09/2017", "du 01/10/2017 au 31/12/2023", "à partir du 01/01/2024". */
    public String period() {
        if (validFrom == null) {
            return validUntil == null ? "sans limite de date" : "jusqu'au " + DAY.format(validUntil);
        }
        return validUntil == null ? "à partir du " + DAY.format(validFrom)
                : "du " + DAY.format(validFrom) + " au " + DAY.format(validUntil);
    }

    /** Every legal reference of the rule set, in the order of the file, without repeats. */
    public List<String> references() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        minimum.legal().forEach(r -> all.add(r.cite()));
        relation.legal().forEach(r -> all.add(r.cite()));
        counted.legal().forEach(r -> all.add(r.cite()));
        if (yearlyLimits != null) {
            yearlyLimits.legal().forEach(r -> all.add(r.cite()));
        }
        return List.copyOf(all);
    }

    static List<String> cite(List<LegalReference> legal) {
        return legal.stream().map(LegalReference::cite).toList();
    }
}
