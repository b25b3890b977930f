package fr.titrepro.deliberation;

import fr.titrepro.document.DocumentKind;
import fr.titrepro.session.enrolment.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import static fr.titrepro.deliberation.FinalInterview.HELD_FAVOURABLY;
import static fr.titrepro.deliberation.FinalInterview.HELD_UNFAVOURABLY;
import static fr.titrepro.deliberation.FinalInterview.NOT_HELD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each outcome grants. Sources: DOMAIN.md "Sessions and evaluation" (« An outcome and what it grants always agree:
 * a failure grants no CCP; a partial success grants exactly the CCPs listed on the PV; a title is granted only with
 * every CCP held and the entretien final held »); fiche TP-00496 lines 127-129 (« Un parchemin est attribué au
 * candidat ayant obtenu le titre complet ou le CCS. Un livret de certification est remis au candidat en réussite
 * partielle »); issue 11, findings 2 and 9.
 */
class GrantsTest {

    static SortedSet<Integer> ccps(Integer... n) {
        return new TreeSet<>(Set.of(n));
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                // outcome, CCPs acquired at the session, CCPs granted, title, CCS, documents
                Arguments.of(Outcome.FULL_SUCCESS, ccps(1, 2), ccps(1, 2), true, false, Set.of(DocumentKind.PARCHEMIN)),
                // the entretien final retaken by a candidate who already held every CCP: the title, no CCP
                Arguments.of(Outcome.FULL_SUCCESS, ccps(), ccps(), true, false, Set.of(DocumentKind.PARCHEMIN)),
                Arguments.of(Outcome.PARTIAL_SUCCESS, ccps(1), ccps(1), false, false, Set.of(DocumentKind.LIVRET)),
                // refused at the entretien final while holding every CCP: still a livret, which says so
                Arguments.of(Outcome.PARTIAL_SUCCESS, ccps(1, 2), ccps(1, 2), false, false,
                        Set.of(DocumentKind.LIVRET)),
                // finding 2: an override to FAILURE grants no CCP and no livret, whatever was acquired
                Arguments.of(Outcome.FAILURE, ccps(1, 2), ccps(), false, false, Set.of()),
                Arguments.of(Outcome.FAILURE, ccps(), ccps(), false, false, Set.of()),
                // finding 9: no livret after an absence
                Arguments.of(Outcome.ABSENT, ccps(), ccps(), false, false, Set.of()),
                Arguments.of(Outcome.EXCUSED, ccps(), ccps(), false, false, Set.of()),
                Arguments.of(Outcome.FRAUD, ccps(1), ccps(), false, false, Set.of()),
                Arguments.of(Outcome.CCS_OBTAINED, ccps(), ccps(), false, true, Set.of(DocumentKind.PARCHEMIN)),
                Arguments.of(Outcome.CCS_NOT_OBTAINED, ccps(), ccps(), false, false, Set.of()));
    }

    @ParameterizedTest(name = "{0} with CCP {1} acquired grants CCP {2}, title {3}, CCS {4}, {5}")
    @MethodSource("outcomes")
    void eachOutcomeGrantsWhatItSaysAndNothingElse(Outcome outcome, SortedSet<Integer> acquired,
                                                   SortedSet<Integer> ccps, boolean title, boolean ccs,
                                                   Set<DocumentKind> documents) {
        Grants g = Grants.of(outcome, acquired);
        assertThat(g.ccps()).containsExactlyElementsOf(ccps);
        assertThat(g.title()).isEqualTo(title);
        assertThat(g.ccs()).isEqualTo(ccs);
        assertThat(g.documents()).containsExactlyInAnyOrderElementsOf(documents);
    }

    @ParameterizedTest
    @MethodSource("outcomeValues")
    void everyOutcomeIsInTheTable(Outcome outcome) {
        assertThat(outcomes().map(a -> a.get()[0])).contains(outcome);
    }

    static Stream<Outcome> outcomeValues() {
        return Stream.of(Outcome.values());
    }

    static Stream<Arguments> titleGuard() {
        return Stream.of(
                Arguments.of(ccps(1, 2), HELD_FAVOURABLY, Optional.empty()),
                // a jury may override an unfavourable entretien final (with a reason): it was held
                Arguments.of(ccps(1, 2), HELD_UNFAVOURABLY, Optional.empty()),
                // finding 1: no title without an entretien final held
                Arguments.of(ccps(1, 2), NOT_HELD,
                        Optional.of("Le titre ne peut être délivré sans entretien final tenu avec le jury.")),
                Arguments.of(ccps(1, 2), null,
                        Optional.of("Le titre ne peut être délivré sans entretien final tenu avec le jury.")),
                Arguments.of(ccps(1), HELD_FAVOURABLY,
                        Optional.of("Le titre ne peut être délivré : le candidat ne détient pas le CCP 2.")));
    }

    @ParameterizedTest(name = "held {0}, entretien final {1} → {2}")
    @MethodSource("titleGuard")
    void aTitleIsGrantedOnlyWithEveryCcpHeldAndTheEntretienFinalHeld(Set<Integer> held, FinalInterview fi,
                                                                     Optional<String> refusal) {
        assertThat(Grants.titleWithheld(Set.of(1, 2), held, fi)).isEqualTo(refusal);
    }
}
