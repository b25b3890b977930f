package fr.titrepro.scoring;

import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handing a grid in: every scored line (criteria, épreuves) scored, every proposal made. The DP and the ECF are
 * evidence the jury consults (fiche TP-00496 l. 104-108), never required; the entretien final is not part of a CCP
 * grid (fiche l. 94, 110). This test encoded the wrong rule before issue 11 (finding 6): the DP was a scored line
 * that had to be filled in.
 */
class GridSubmissionPolicyTest {

    @Test
    void aCompleteGridIsAccepted() {
        assertThat(GridSubmissionPolicy.check(
                List.of(new GridSubmissionPolicy.Line("C1.1", "a", SectionKind.COMPETENCY, ScoreValue.MET),
                        new GridSubmissionPolicy.Line("EPR.MSP", "b", SectionKind.ASSESSMENTS,
                                ScoreValue.NOT_OBSERVED)),
                List.of(new GridSubmissionPolicy.Competency("C1", "Compétence 1", Verdict.ACQUIRED)),
                Verdict.ACQUIRED)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} left without a score: required {1}")
    @CsvSource({
            "COMPETENCY,      true",
            "TRANSVERSAL,     true",
            "CCS_COMPETENCY,  true",
            "ASSESSMENTS,     true",
            // consulted evidence: « non consulté » or empty never holds the grid back
            "DOSSIER,         false",
            "ECF,             false",
            // a legacy entretien final line of a grid made before finding 6
            "FINAL_INTERVIEW, false",
    })
    void onlyTheScoredLinesAreRequired(SectionKind kind, boolean required) {
        List<FieldError> errors = GridSubmissionPolicy.check(
                List.of(new GridSubmissionPolicy.Line("C1.1", "a", SectionKind.COMPETENCY, ScoreValue.MET),
                        new GridSubmissionPolicy.Line("X", "Ligne laissée vide", kind, null)),
                List.of(new GridSubmissionPolicy.Competency("C1", "Compétence 1", Verdict.ACQUIRED)),
                Verdict.ACQUIRED);
        assertThat(errors).extracting(FieldError::field).containsExactly(required
                ? new String[]{"criteria.X"} : new String[0]);
    }

    @Test
    void everyMissingLineAndProposalIsNamed() {
        List<FieldError> errors = GridSubmissionPolicy.check(
                List.of(new GridSubmissionPolicy.Line("C1.1", "Les tests sont réalisés", SectionKind.COMPETENCY, null),
                        new GridSubmissionPolicy.Line("C1.2", "b", SectionKind.COMPETENCY, ScoreValue.NOT_MET)),
                List.of(new GridSubmissionPolicy.Competency("C1", "Compétence 1", null)), null);
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("criteria.C1.1", "competencies.C1", "proposedDecision");
        assertThat(errors.getFirst().message()).contains("Les tests sont réalisés");
    }
}
