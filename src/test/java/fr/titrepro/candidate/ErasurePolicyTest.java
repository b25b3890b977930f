package fr.titrepro.candidate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ErasurePolicyTest {

    @ParameterizedTest(name = "{0} CCP, admin {1}, {2} other centre(s) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "0 | true  | 0 | -",
            "0 | true  | 2 | -",
            "0 | false | 0 | -",
            "1 | true  | 0 | Effacement refusé : cette personne détient un CCP.",
            "3 | false | 0 | Effacement refusé : cette personne détient 3 CCP.",
            "0 | false | 1 | Effacement refusé : cette personne est aussi suivie par un autre centre.",
    })
    void erasure(int heldCcps, boolean admin, int otherCentres, String refusalStart) {
        var refusal = ErasurePolicy.refusal(heldCcps, admin, otherCentres);
        if (refusalStart == null) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(r -> assertThat(r).startsWith(refusalStart));
        }
    }
}
