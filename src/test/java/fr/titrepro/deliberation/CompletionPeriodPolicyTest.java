package fr.titrepro.deliberation;

import fr.titrepro.referential.TitleStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fiche TP-00496 l. 94 (« dans la limite de la durée de validité du titre ») and l. 98 (« dispose d'un an à compter de
 * la date de la fin de validité du titre »): the year is the regulation's figure (closedTitle.graceMonths), one place.
 */
class CompletionPeriodPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of(TitleStatus.ACTIVE, null, null, null, null,
                        "tant que le titre est en vigueur (aucune fin de validité n'est fixée à ce jour)"),
                Arguments.of(TitleStatus.ACTIVE, LocalDate.of(2027, 1, 10), null, null, LocalDate.of(2028, 1, 10),
                        "soit jusqu'au 10 janvier 2027, et jusqu'au 10 janvier 2028 si le titre est clos"),
                Arguments.of(TitleStatus.EXTENDED, LocalDate.of(2026, 12, 1), null, null, LocalDate.of(2027, 12, 1),
                        "jusqu'au 1er décembre 2026"),
                Arguments.of(TitleStatus.CLOSED, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30),
                        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30),
                        "clos depuis le 30 juin 2025 : les CCP manquants peuvent être présentés jusqu'au 30 juin 2026"),
                Arguments.of(TitleStatus.CLOSED, null, LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31),
                        LocalDate.of(2025, 1, 31), "ce délai est expiré"),
                Arguments.of(TitleStatus.REVISED, LocalDate.of(2021, 1, 10), null, null, null,
                        "se présentent dans la nouvelle version"));
    }

    @ParameterizedTest(name = "{0} fin {1} clos {2}")
    @MethodSource("periods")
    void completionPeriod(TitleStatus status, LocalDate validUntil, LocalDate closedOn, LocalDate lastDay,
                          LocalDate lastDayIfClosed, String sentence) {
        CompletionPeriodPolicy.CompletionPeriod p = CompletionPeriodPolicy.of(status, validUntil, closedOn, TODAY);
        assertThat(p.lastDay()).isEqualTo(lastDay);
        assertThat(p.lastDayIfClosed()).isEqualTo(lastDayIfClosed);
        assertThat(p.rule()).contains(sentence);
    }

    @org.junit.jupiter.api.Test
    void theGracePeriodIsReadFromTheRegulation() {
        var shipped = fr.titrepro.referential.regulation.RegulationBook.on(TODAY);
        var eighteen = new fr.titrepro.referential.regulation.Regulation(shipped.id(), shipped.label(),
                shipped.validFrom(), shipped.validUntil(), shipped.jury(), shipped.appeal(),
                new fr.titrepro.referential.regulation.Regulation.ClosedTitle(18, shipped.closedTitle().legal()),
                shipped.resit(), shipped.recevabilite(), shipped.ccs(), shipped.finalInterview(), shipped.override());
        CompletionPeriodPolicy.CompletionPeriod p = CompletionPeriodPolicy.of(TitleStatus.CLOSED,
                LocalDate.of(2025, 6, 30), null, TODAY, eighteen);
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(p.rule()).contains("jusqu'au 30 décembre 2026 (18 mois après la fin de sa validité)");
    }
}
