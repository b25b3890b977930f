package fr.titrepro.scoring;

import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridSubmissionPolicyTest {

    @Test
    void aCompleteGridIsAccepted() {
        assertThat(GridSubmissionPolicy.check(
                List.of(new GridSubmissionPolicy.Line("C1.1", "a", ScoreValue.MET),
                        new GridSubmissionPolicy.Line("DP", "b", ScoreValue.NOT_OBSERVED)),
                List.of(new GridSubmissionPolicy.Competency("C1", "Compétence 1", Verdict.ACQUIRED)),
                Verdict.ACQUIRED)).isEmpty();
    }

    @Test
    void everyMissingLineAndProposalIsNamed() {
        List<FieldError> errors = GridSubmissionPolicy.check(
                List.of(new GridSubmissionPolicy.Line("C1.1", "Les tests sont réalisés", null),
                        new GridSubmissionPolicy.Line("C1.2", "b", ScoreValue.NOT_MET)),
                List.of(new GridSubmissionPolicy.Competency("C1", "Compétence 1", null)), null);
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("criteria.C1.1", "competencies.C1", "proposedDecision");
        assertThat(errors.getFirst().message()).contains("Les tests sont réalisés");
    }
}
