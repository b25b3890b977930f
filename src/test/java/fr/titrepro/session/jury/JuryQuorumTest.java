package fr.titrepro.session.jury;

import fr.titrepro.referential.regulation.RegulationBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One juror never decides alone (DOMAIN "Centres, jurors": « the jury must still have 2 members for that candidate —
 * at every decision about that candidate (grid reconciliation, deliberation, appeal), not only when the session
 * starts »; Arrêté du 21 juillet 2016 portant règlement général des sessions d'examen: a jury of at least two
 * habilitated professionals).
 */
class JuryQuorumTest {

    @ParameterizedTest(name = "[{index}] {0} juror(s) without conflict, minimum {1} → refused {2}")
    @CsvSource({
            "0, 2, true",
            "1, 2, true",
            "2, 2, false",
            "3, 2, false",
            // the minimum is the regulation's figure, not a constant: a rule set asking for three
            "2, 3, true",
            "3, 3, false",
    })
    void aDecisionNeedsTheMinimumOfJurorsWithoutConflict(int free, int minimum, boolean refused) {
        assertThat(JuryQuorum.refusal("MARTIN Lucas", free, minimum, "la réconciliation des grilles").isPresent())
                .isEqualTo(refused);
    }

    @Test
    void theRefusalNamesTheCandidateTheCountTheMinimumTheDecisionAndTheWayOut() {
        assertThat(JuryQuorum.refusal("MARTIN Lucas", 1, 2, "la réconciliation des grilles")).hasValue(
                "Un juré ne décide jamais seul : pour MARTIN Lucas, il ne reste que 1 juré sans conflit d'intérêts, il "
                        + "en faut au moins 2 pour la réconciliation des grilles. Le responsable de la session doit "
                        + "ajouter un juré habilité au jury.");
        assertThat(JuryQuorum.refusal("PETIT Emma", 0, 2, "la délibération").orElseThrow())
                .contains("il ne reste que 0 juré sans").contains("pour la délibération");
    }

    @Test
    void theShippedRegulationAsksForTwoJurorsOfThreeYearsExperience() {
        var jury = RegulationBook.on(LocalDate.of(2026, 6, 15)).jury();
        assertThat(jury.minimumMembers()).isEqualTo(2);
        assertThat(jury.jurorMinimumExperienceYears()).isEqualTo(3);
    }
}
