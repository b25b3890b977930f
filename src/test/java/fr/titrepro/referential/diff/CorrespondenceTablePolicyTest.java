package fr.titrepro.referential.diff;

import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table of {@link CorrespondenceTablePolicy}. Source: fiche TP-00496 « En cas de révision du titre, l'arrêté de
 * spécialité fixe les correspondances entre les CCP de l'ancien titre et ceux du titre révisé » — a table is official
 * only with that arrêté; DOMAIN.md « Référentiel » for the many-to-one lines.
 */
class CorrespondenceTablePolicyTest {

    static final Set<Integer> OLD = Set.of(1, 2, 3);
    static final Set<Integer> NEW = Set.of(1, 2);
    static final String ARRETE = "arrêté du 3 mars 2025 relatif au titre professionnel de technicien réseaux IP";

    static CorrespondenceTable table(boolean official, String decree, CorrespondenceTable.TableLine... lines) {
        return new CorrespondenceTable(null, "2010", official, decree, null, List.of(lines), false);
    }

    static CorrespondenceTable.TableLine line(List<Integer> from, List<Integer> to) {
        return new CorrespondenceTable.TableLine(from, to);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("information only, no citation", table(false, null, line(List.of(1), List.of(1))), List.of()),
                Arguments.of("many-to-one line", table(false, null, line(List.of(2, 3), List.of(2))), List.of()),
                Arguments.of("no line at all (every new CCP to pass)", table(false, null), List.of()),
                Arguments.of("official with the arrêté", table(true, ARRETE, line(List.of(1), List.of(1))), List.of()),
                Arguments.of("official without citation", table(true, "  ", line(List.of(1), List.of(1))), List.of("decree")),
                Arguments.of("official citing no arrêté", table(true, "décision du jury", line(List.of(1), List.of(1))),
                        List.of("decree")),
                Arguments.of("citation without accent", table(true, "Arrete du 3 mars 2025"), List.of()),
                Arguments.of("unknown old CCP", table(false, null, line(List.of(4), List.of(1))), List.of("lines[0].from")),
                Arguments.of("unknown new CCP", table(false, null, line(List.of(1), List.of(1)), line(List.of(3), List.of(3))),
                        List.of("lines[1].to")),
                Arguments.of("empty sides", table(false, null, line(null, List.of())), List.of("lines[0].from", "lines[0].to")),
                Arguments.of("no replaced version", new CorrespondenceTable(null, " ", false, null, null, List.of(), false),
                        List.of("fromVersion")),
                Arguments.of("citation too long", table(true, "arrêté " + "x".repeat(500)), List.of("decree")),
                Arguments.of("note too long", new CorrespondenceTable(null, "2010", false, null, "n".repeat(1001),
                        List.of(), false), List.of("note")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusals(String name, CorrespondenceTable table, List<String> fields) {
        assertThat(CorrespondenceTablePolicy.refusals(table, OLD, NEW)).extracting(FieldError::field)
                .containsExactlyElementsOf(fields);
    }
}
