package fr.titrepro.centre;

import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalPeriodPolicyTest {

    private static final ApprovalPeriodPolicy.TitleValidity CLOSED_2028 =
            new ApprovalPeriodPolicy.TitleValidity("TP-09999", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
    private static final ApprovalPeriodPolicy.TitleValidity NO_END =
            new ApprovalPeriodPolicy.TitleValidity("TP-00496", LocalDate.of(2010, 6, 1), null);

    @ParameterizedTest(name = "{0} → {1} within 2024-01-01…2028-12-31: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2024-01-01 | 2028-12-31 | -",
            "2025-03-01 | 2027-02-28 | -",
            "2023-12-31 | 2028-12-31 | validFrom: L'agrément ne peut pas commencer avant le début de validité du titre TP-09999 (01/01/2024).",
            "2024-01-01 | 2029-01-01 | validUntil: L'agrément ne peut pas dépasser la fin de validité du titre TP-09999 (31/12/2028).",
            "2026-01-01 | 2025-12-31 | validUntil: La fin de l'agrément précède son début.",
            "-          | 2025-12-31 | validFrom: Champ obligatoire.",
            "2025-01-01 | -          | validUntil: Champ obligatoire : un agrément est donné pour une durée déterminée.",
    })
    void periodWithinTheTitleValidity(LocalDate from, LocalDate until, String expected) {
        assertThat(render(ApprovalPeriodPolicy.check(from, until, CLOSED_2028))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "title without end: {0} → {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2024-01-01 | 2099-12-31 | -",
            "2010-06-01 | 2030-01-01 | -",
            "2010-05-31 | 2030-01-01 | validFrom: L'agrément ne peut pas commencer avant le début de validité du titre TP-00496 (01/06/2010).",
    })
    void aTitleWithoutEndLimitsOnlyTheStart(LocalDate from, LocalDate until, String expected) {
        assertThat(render(ApprovalPeriodPolicy.check(from, until, NO_END))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unknown title: {0} → {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1990-01-01 | 2099-12-31 | -",
            "2026-01-01 | 2025-12-31 | validUntil: La fin de l'agrément précède son début.",
    })
    void anUnknownTitleLeavesOnlyThePeriodChecked(LocalDate from, LocalDate until, String expected) {
        assertThat(render(ApprovalPeriodPolicy.check(from, until, null))).isEqualTo(expected);
    }

    private static String render(List<FieldError> errors) {
        return errors.isEmpty() ? null : errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + " / " + b).orElseThrow();
    }
}
