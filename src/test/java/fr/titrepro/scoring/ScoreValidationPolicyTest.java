package fr.titrepro.scoring;

import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreValidationPolicyTest {

    @ParameterizedTest(name = "[{index}] value={0} observation={1} baseVersion={2} → {3}")
    @CsvSource(nullValues = "null", value = {
            "MET,          null,              0,    ''",
            "met,          null,              3,    ''",
            "NOT_OBSERVED, null,              0,    ''",
            "NOT_MET,      Câble mal serti,   0,    ''",
            "NOT_MET,      null,              0,    observation",
            "NOT_MET,      '   ',             0,    observation",
            "null,         null,              0,    value",
            "'',           null,              0,    value",
            "PASSABLE,     null,              0,    value",
            "MET,          null,              null, baseVersion",
            "MET,          null,              -1,   baseVersion",
            "null,         null,              null, value baseVersion",
    })
    void aSaveMustCarryAValueAnObservationWhenNotMetAndItsBaseVersion(String value, String observation,
                                                                     Integer baseVersion, String fields) {
        List<FieldError> errors = ScoreValidationPolicy.checkScore(value, observation, baseVersion);
        assertThat(errors).extracting(FieldError::field)
                .containsExactly(fields.isBlank() ? new String[0] : fields.split(" "));
    }

    @Test
    void anObservationIsTrimmedAndLimited() {
        assertThat(ScoreValidationPolicy.normalize("  vu  ")).isEqualTo("vu");
        assertThat(ScoreValidationPolicy.normalize(" \n ")).isNull();
        assertThat(ScoreValidationPolicy.checkScore("MET", "x".repeat(2001), 0)).extracting(FieldError::field)
                .containsExactly("observation");
        assertThat(ScoreValidationPolicy.checkScore("MET", "x".repeat(2000), 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "ACQUIRED, 0, ''", "not_acquired, 2, ''", "PEUT-ÊTRE, 0, decision", "null, 0, decision",
            "ACQUIRED, null, baseVersion"})
    void aProposalMustCarryADecisionAndItsBaseVersion(String decision, Integer baseVersion, String fields) {
        assertThat(ScoreValidationPolicy.checkProposal(decision, baseVersion)).extracting(FieldError::field)
                .containsExactly(fields.isBlank() ? new String[0] : fields.split(" "));
    }
}
