package fr.titrepro.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTest {

    @Test
    void readableFormatWithoutAmbiguousCharacters() {
        for (int i = 0; i < 2_000; i++) {
            String code = VerificationCode.generate();
            assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void atLeastTenToTheTwelvePossibilities() {
        assertThat(VerificationCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(Math.pow(VerificationCode.ALPHABET.length(), VerificationCode.LENGTH)).isGreaterThan(1e12);
    }

    @Test
    void drawsAreRandomNotSequential() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(VerificationCode.generate())).isTrue();
        }
        // two generators seeded alike give the same codes: the code depends on the random draw only, never on an id
        assertThat(VerificationCode.generate(seeded())).isEqualTo(VerificationCode.generate(seeded()));
    }

    private static SecureRandom seeded() {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(42L);
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "7kqm-3xpa-9htv, 7KQM-3XPA-9HTV",
            "7KQM3XPA9HTV, 7KQM-3XPA-9HTV",
            "' 7KQM 3XPA 9HTV ', 7KQM-3XPA-9HTV"})
    void typedCodesAreNormalised(String typed, String expected) {
        assertThat(VerificationCode.normalise(typed)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"7KQM-3XPA-9HT", "7KQM-3XPA-9HTO", "7KQM-3XPA-9HT1", "12345678901234567890"})
    void notACode(String typed) {
        assertThat(VerificationCode.normalise(typed)).isEmpty();
    }

    @Test
    void nothingTypedIsNotACode() {
        assertThat(VerificationCode.normalise(null)).isEmpty();
        assertThat(VerificationCode.normalise("  ")).isEmpty();
    }
}
