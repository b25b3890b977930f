package fr.titrepro.eligibility.rules;

import fr.titrepro.eligibility.rules.CcpEquivalence.Held;
import fr.titrepro.eligibility.rules.CcpEquivalence.Revision;
import fr.titrepro.referential.Correspondences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Source: fiche TP-00496 (« l'arrêté de spécialité fixe les correspondances »), DOMAIN "Référentiel" (many-to-one).
 * TRTE (version 1, 3 CCPs) → TRI (version 2, 2 CCPs: 1→1, 2→2, 3→2) → a later version 3 (1→1, 2→2 and 3). */
class CcpEquivalenceTest {

    static final Revision TRTE_TO_TRI = new Revision(1, 2, lines(Map.of(1, Set.of(1), 2, Set.of(2), 3, Set.of(2))));
    static final Revision TRI_TO_NEXT = new Revision(2, 3, lines(Map.of(1, Set.of(1), 2, Set.of(2, 3))));
    static final List<Revision> CHAIN = List.of(TRTE_TO_TRI, TRI_TO_NEXT);

    static List<Correspondences.Line> lines(Map<Integer, Set<Integer>> oneToMany) {
        return oneToMany.entrySet().stream().map(e -> new Correspondences.Line(Set.of(e.getKey()), e.getValue()))
                .toList();
    }

    /** The arrêté may join two old CCPs into one new CCP: only a holder of both is credited. */
    @Test
    void aManyToOneLineCreditsOnlyAHolderOfEveryOldCcp() {
        Revision joined = new Revision(1, 2, List.of(new Correspondences.Line(Set.of(2, 3), Set.of(2)),
                new Correspondences.Line(Set.of(1), Set.of(1))));
        assertThat(CcpEquivalence.credited(2, List.of(new Held(1, 2)), List.of(joined))).isEmpty();
        assertThat(CcpEquivalence.credited(2, List.of(new Held(1, 2), new Held(1, 3)), List.of(joined)))
                .containsExactly(2);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CCP détenu dans la version elle-même", 2L, List.of(new Held(2, 1)), Set.of(1)),
                Arguments.of("CCP 1 de TRTE compte pour le CCP 1 de TRI", 2L, List.of(new Held(1, 1)), Set.of(1)),
                Arguments.of("CCP 3 de TRTE compte pour le CCP 2 de TRI", 2L, List.of(new Held(1, 3)), Set.of(2)),
                Arguments.of("TRTE complet : TRI complet", 2L, List.of(new Held(1, 1), new Held(1, 2), new Held(1, 3)),
                        Set.of(1, 2)),
                Arguments.of("à travers deux révisions", 3L, List.of(new Held(1, 3)), Set.of(2, 3)),
                Arguments.of("un CCP d'une version plus récente ne compte pas pour l'ancienne", 1L,
                        List.of(new Held(2, 1)), Set.of()),
                Arguments.of("un CCP d'un autre titre ne compte pas", 2L, List.of(new Held(99, 1)), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void creditsThroughTheCorrespondenceTables(String name, long target, List<Held> held, Set<Integer> expected) {
        assertThat(CcpEquivalence.credited(target, held, CHAIN)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void doesNotDependOnTheOrderOfTheRevisions(String name, long target, List<Held> held, Set<Integer> expected) {
        assertThat(CcpEquivalence.credited(target, held, List.of(TRI_TO_NEXT, TRTE_TO_TRI)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anOldCcpWithoutALineGivesNoCredit() {
        Revision partial = new Revision(1, 2, lines(Map.of(1, Set.of(1))));
        Set<Integer> got = CcpEquivalence.credited(2, List.of(new Held(1, 2), new Held(1, 3)), List.of(partial));
        assertThat(got).isEmpty();
    }
}
