package fr.titrepro.eligibility.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dated VAE rule sets, read from data ({@code eligibility/vae-rules.yaml}) and checked to cover every date
 * exactly once: the first set has no start, the last no end, and each starts the day after the previous one ends.
 */
public final class VaeRuleBook {

    public static final String SHIPPED = "eligibility/vae-rules.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static volatile VaeRuleBook shipped;

    public record File(List<VaeRuleSet> ruleSets) {
    }

    private final List<VaeRuleSet> ruleSets;

    public VaeRuleBook(List<VaeRuleSet> ruleSets) {
        List<VaeRuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(VaeRuleSet::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        check(sorted);
        this.ruleSets = List.copyOf(sorted);
    }

    /** The rule sets shipped with the platform (read once). */
    public static VaeRuleBook shipped() {
        VaeRuleBook book = shipped;
        if (book == null) {
            try (InputStream in = VaeRuleBook.class.getClassLoader().getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("Règles VAE introuvables : " + SHIPPED);
                }
                book = read(in);
            } catch (IOException e) {
                throw new IllegalStateException("Règles VAE illisibles : " + SHIPPED, e);
            }
            shipped = book;
        }
        return book;
    }

    public static VaeRuleBook read(InputStream in) throws IOException {
        return new VaeRuleBook(YAML.readValue(in, File.class).ruleSets());
    }

    public List<VaeRuleSet> ruleSets() {
        return ruleSets;
    }

    public VaeRuleSet ruleFor(LocalDate applicationDate) {
        return ruleSets.stream().filter(r -> r.appliesOn(applicationDate)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Aucune règle VAE pour le " + applicationDate));
    }

    private static void check(List<VaeRuleSet> sets) {
        if (sets.isEmpty()) {
            throw new IllegalStateException("Règles VAE : aucune règle.");
        }
        if (sets.getFirst().validFrom() != null || sets.getLast().validUntil() != null) {
            throw new IllegalStateException("Règles VAE : la première règle doit être sans début et la dernière sans fin.");
        }
        for (int i = 0; i < sets.size(); i++) {
            VaeRuleSet r = sets.get(i);
            if (r.id() == null || r.label() == null || r.minimum() == null || r.minimum().unit() == null
                    || r.relation() == null || r.relation().level() == null || r.counted() == null
                    || r.counted().kinds() == null || r.counted().kinds().isEmpty()) {
                throw new IllegalStateException("Règle VAE " + r.id() + " incomplète.");
            }
            if (r.minimum().unit() != VaeRuleSet.DurationUnit.NONE && r.minimum().amount() <= 0) {
                throw new IllegalStateException("Règle VAE " + r.id() + " : durée minimale non positive.");
            }
            if (r.minimum().unit() == VaeRuleSet.DurationUnit.HOURS
                    && (r.minimum().fullTimeHoursPerWeek() == null || r.minimum().fullTimeHoursPerWeek() <= 0)) {
                throw new IllegalStateException("Règle VAE " + r.id() + " : durée hebdomadaire à temps plein manquante.");
            }
            if (r.minimum().legal() == null || r.relation().legal() == null || r.counted().legal() == null
                    || (r.yearlyLimits() != null && r.yearlyLimits().legal() == null)) {
                throw new IllegalStateException("Règle VAE " + r.id() + " : texte de référence manquant.");
            }
            if (i > 0) {
                LocalDate previousEnd = sets.get(i - 1).validUntil();
                if (previousEnd == null || !previousEnd.plusDays(1).equals(r.validFrom())) {
                    throw new IllegalStateException("Règles VAE : " + r.id() + " doit commencer le lendemain de la fin de "
                            + sets.get(i - 1).id() + ".");
                }
            }
        }
    }
}
