package fr.titrepro.eligibility.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule table is data: the shipped file covers every date once, and a broken file is refused. */
class VaeRuleBookTest {

    @ParameterizedTest(name = "demande du {0} → {1}")
    @CsvSource({
            "2002-01-18, VAE-2002", "2017-09-30, VAE-2002", "2017-10-01, VAE-2017", "2023-12-31, VAE-2017",
            "2024-01-01, VAE-2024", "2099-12-31, VAE-2024"})
    void ruleSetIsChosenByTheApplicationDate(LocalDate applicationDate, String expected) {
        assertThat(VaeRuleBook.shipped().ruleFor(applicationDate).id()).isEqualTo(expected);
    }

    @Test
    void shippedRuleSetsHoldTheirMinimumKindsLimitsAndLegalTexts() {
        VaeRuleBook book = VaeRuleBook.shipped();
        assertThat(book.ruleSets()).extracting(VaeRuleSet::id).containsExactly("VAE-2002", "VAE-2017", "VAE-2024");
        VaeRuleSet before = book.ruleSets().get(0);
        assertThat(before.minimum().unit()).isEqualTo(VaeRuleSet.DurationUnit.YEARS);
        assertThat(before.minimum().amount()).isEqualTo(3);
        assertThat(before.counts(ExperienceKind.TRAINING_PLACEMENT)).isFalse();
        assertThat(before.period()).isEqualTo("jusqu'au 30/09/2017");

        VaeRuleSet reform2017 = book.ruleSets().get(1);
        assertThat(reform2017.minimum().unit()).isEqualTo(VaeRuleSet.DurationUnit.HOURS);
        assertThat(reform2017.minimum().amount()).isEqualTo(1607);
        assertThat(reform2017.relation().level()).isEqualTo(VaeRuleSet.RelationLevel.DIRECT);
        assertThat(reform2017.period()).isEqualTo("du 01/10/2017 au 31/12/2023");

        VaeRuleSet reform2024 = book.ruleSets().get(2);
        assertThat(reform2024.minimum().unit()).isEqualTo(VaeRuleSet.DurationUnit.NONE);
        assertThat(reform2024.counts(ExperienceKind.TRAINING_PLACEMENT)).isTrue();
        assertThat(reform2024.yearlyLimits().sameCertification()).isEqualTo(1);
        assertThat(reform2024.yearlyLimits().differentCertifications()).isEqualTo(3);
        assertThat(reform2024.yearlyLimits().ccpOnlyNotCounted()).isTrue();
        assertThat(reform2024.references()).anyMatch(r -> r.startsWith("Loi n° 2022-1598 du 21 décembre 2022"))
                .anyMatch(r -> r.startsWith("Code du travail, art. R. 6412-3"));
        // DOMAIN « VAE eligibility »: the yearly limits existed before the reform (code de l'éducation, R. 335-7)
        for (VaeRuleSet earlier : List.of(before, reform2017)) {
            assertThat(earlier.yearlyLimits().sameCertification()).as(earlier.id()).isEqualTo(1);
            assertThat(earlier.yearlyLimits().differentCertifications()).as(earlier.id()).isEqualTo(3);
            assertThat(earlier.yearlyLimits().ccpOnlyNotCounted()).as(earlier.id()).isFalse();
            assertThat(earlier.references()).as(earlier.id())
                    .anyMatch(r -> r.startsWith("Code de l'éducation, art. R. 335-7") && r.endsWith("(référence à vérifier)"));
        }
        // references the project's sources do not give are flagged, never passed off as checked
        assertThat(reform2017.references()).anyMatch(r -> r.contains("2016-1088") && r.endsWith("(référence à vérifier)"));
    }

    @Test
    void aGapBetweenRuleSetsIsRefused() {
        String yaml = """
                ruleSets:
                  - {id: A, label: a, validFrom: null, validUntil: 2017-09-30,
                     minimum: {unit: NONE, amount: 0, legal: []}, relation: {level: DIRECT, legal: []},
                     counted: {kinds: [EMPLOYMENT], trainingCappedByOtherActivities: false, legal: []}}
                  - {id: B, label: b, validFrom: 2017-10-02, validUntil: null,
                     minimum: {unit: NONE, amount: 0, legal: []}, relation: {level: DIRECT, legal: []},
                     counted: {kinds: [EMPLOYMENT], trainingCappedByOtherActivities: false, legal: []}}
                """;
        assertThatThrownBy(() -> VaeRuleBook.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("B doit commencer le lendemain de la fin de A");
    }

    @Test
    void anHourBasedRuleWithoutFullTimeWeekIsRefused() {
        String yaml = """
                ruleSets:
                  - {id: A, label: a, validFrom: null, validUntil: null,
                     minimum: {unit: HOURS, amount: 1607, legal: []}, relation: {level: DIRECT, legal: []},
                     counted: {kinds: [EMPLOYMENT], trainingCappedByOtherActivities: false, legal: []}}
                """;
        assertThatThrownBy(() -> VaeRuleBook.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("durée hebdomadaire");
    }
}
