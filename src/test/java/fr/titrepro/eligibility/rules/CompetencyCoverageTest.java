package fr.titrepro.eligibility.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CompetencyCoverageTest {

    static final List<CompetencyCoverage.Target> TRI_CCP_2 = List.of(
            new CompetencyCoverage.Target(2, "Installer et maintenir des solutions VDI", 5, "Mettre en place un serveur de données"),
            new CompetencyCoverage.Target(2, "Installer et maintenir des solutions VDI", 6, "Intervenir dans un domaine ActiveDirectory"),
            new CompetencyCoverage.Target(2, "Installer et maintenir des solutions VDI", 7, "Intervenir sur des solutions IP domotiques ou vidéo"),
            new CompetencyCoverage.Target(2, "Installer et maintenir des solutions VDI", 8, "Installer et maintenir un système de téléphonie IP"));

    @Test
    void everyTargetCompetencyIsListedWithItsEvidenceAndTheUncoveredOnesApart() {
        List<VaeCase.Experience> experiences = List.of(
                experience(1, "Acme, technicien", 5, 8, 1),
                experience(2, "Mairie, bénévole", 8));
        CompetencyCoverage.Result coverage = CompetencyCoverage.of(TRI_CCP_2, experiences);

        assertThat(coverage.total()).isEqualTo(4);
        assertThat(coverage.covered()).isEqualTo(2);
        assertThat(coverage.ccps()).singleElement().satisfies(b -> {
            assertThat(b.number()).isEqualTo(2);
            assertThat(b.rows()).extracting(CompetencyCoverage.Row::number).containsExactly(5, 6, 7, 8);
            assertThat(b.rows().get(0).experiences()).extracting(CompetencyCoverage.Evidence::label)
                    .containsExactly("Acme, technicien");
            assertThat(b.rows().get(3).experiences()).extracting(CompetencyCoverage.Evidence::number)
                    .containsExactly(1, 2);
        });
        // competency 1 is not a target: it appears nowhere
        assertThat(coverage.uncovered()).extracting(CompetencyCoverage.Row::number).containsExactly(6, 7);
    }

    @Test
    void withoutExperienceNothingIsCovered() {
        CompetencyCoverage.Result coverage = CompetencyCoverage.of(TRI_CCP_2, List.of());
        assertThat(coverage.covered()).isZero();
        assertThat(coverage.uncovered()).hasSize(4);
    }

    private static VaeCase.Experience experience(int number, String label, Integer... competencies) {
        return new VaeCase.Experience(number, label, ExperienceKind.EMPLOYMENT, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), false, 35.0, null, Set.of(competencies));
    }
}
