package fr.titrepro.centre;

import fr.titrepro.referential.regulation.Regulation;
import fr.titrepro.referential.regulation.RegulationBook;
import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN « Centres, jurors »: an approval does not outlast the title's validity; fiche TP-00496 l. 98: « En cas de
 * clôture du titre, le candidat ayant antérieurement obtenu des CCP dispose d'un an à compter de la date de la fin de
 * validité du titre » — the approval may run through that grace period (regulation/certification-rules.yaml,
 * closedTitle.graceMonths), or the year could never be used.
 */
class ApprovalPeriodPolicyTest {

    private static final Regulation REGULATION = RegulationBook.on(LocalDate.of(2026, 6, 15));

    private static final ApprovalPeriodPolicy.TitleValidity CLOSED_2028 =
            new ApprovalPeriodPolicy.TitleValidity("TP-09999", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
    private static final ApprovalPeriodPolicy.TitleValidity NO_END =
            new ApprovalPeriodPolicy.TitleValidity("TP-00496", LocalDate.of(2010, 6, 1), null);

    @ParameterizedTest(name = "{0} → {1} within 2024-01-01…2028-12-31 + grace: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2024-01-01 | 2028-12-31 | -",
            "2025-03-01 | 2027-02-28 | -",
            "2023-12-31 | 2028-12-31 | validFrom: L'agrément ne peut pas commencer avant le début de validité du titre TP-09999 (01/01/2024).",
            "2024-01-01 | 2029-01-01 | -",
            "2029-01-01 | 2029-12-31 | -",
            "2024-01-01 | 2030-01-01 | validUntil: L'agrément ne peut pas dépasser la fin de validité du titre TP-09999 (31/12/2028) augmentée du délai laissé pour compléter un titre clos, soit le 31/12/2029.",
            "2026-01-01 | 2025-12-31 | validUntil: La fin de l'agrément précède son début.",
            "-          | 2025-12-31 | validFrom: Champ obligatoire.",
            "2025-01-01 | -          | validUntil: Champ obligatoire : un agrément est donné pour une durée déterminée.",
    })
    void periodWithinTheTitleValidityAndItsGracePeriod(LocalDate from, LocalDate until, String expected) {
        assertThat(render(ApprovalPeriodPolicy.check(from, until, CLOSED_2028, REGULATION))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "title without end: {0} → {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2024-01-01 | 2099-12-31 | -",
            "2010-06-01 | 2030-01-01 | -",
            "2010-05-31 | 2030-01-01 | validFrom: L'agrément ne peut pas commencer avant le début de validité du titre TP-00496 (01/06/2010).",
    })
    void aTitleWithoutEndLimitsOnlyTheStart(LocalDate from, LocalDate until, String expected) {
        assertThat(render(ApprovalPeriodPolicy.check(from, until, NO_END, REGULATION))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unknown title: {0} → {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1990-01-01 | 2099-12-31 | -",
            "2026-01-01 | 2025-12-31 | validUntil: La fin de l'agrément précède son début.",
    })
    void anUnknownTitleLeavesOnlyThePeriodChecked(LocalDate from, LocalDate until, String expected) {
        assertThat(render(ApprovalPeriodPolicy.check(from, until, null, REGULATION))).isEqualTo(expected);
    }

    @Test
    void theGraceEndIsTheRegulationOne() {
        assertThat(REGULATION.graceEnd(CLOSED_2028.until())).isEqualTo(LocalDate.of(2029, 12, 31));
        LocalDate graceEnd = REGULATION.graceEnd(CLOSED_2028.until());
        assertThat(ApprovalPeriodPolicy.check(LocalDate.of(2025, 1, 1), graceEnd, CLOSED_2028, REGULATION)).isEmpty();
        assertThat(ApprovalPeriodPolicy.check(LocalDate.of(2025, 1, 1), graceEnd.plusDays(1), CLOSED_2028,
                REGULATION)).extracting(FieldError::field).containsExactly("validUntil");
    }

    private static String render(List<FieldError> errors) {
        return errors.isEmpty() ? null : errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + " / " + b).orElseThrow();
    }
}
