package fr.titrepro.document.verification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

    /**
     * At least 10^12 possible codes, measured on the codes drawn (not read from the class's constants): each of the
     * 12 positions takes every one of 31 symbols, about equally often (100,000 draws: 3,226 expected per symbol and
     * position; a fair draw leaves the ±25 % band with a probability far below 10^-30).
     */
    @Test
    void everyPositionTakesEachOfThirtyOneSymbolsAboutEquallyOften() {
        int draws = 100_000;
        Map<Integer, Map<Character, Integer>> counts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draws; i++) {
            String code = VerificationCode.generate();
            assertThat(seen.add(code)).as("code drawn twice: %s", code).isTrue();
            String symbols = code.replace("-", "");
            for (int position = 0; position < symbols.length(); position++) {
                counts.computeIfAbsent(position, k -> new HashMap<>()).merge(symbols.charAt(position), 1, Integer::sum);
            }
        }
        assertThat(counts).hasSize(12);
        double expected = draws / 31.0;
        counts.forEach((position, bySymbol) -> {
            assertThat(bySymbol).as("symbols at position %d", position).hasSize(31);
            assertThat(bySymbol.values()).allSatisfy(n -> assertThat((double) n).isBetween(expected * 0.75,
                    expected * 1.25));
        });
    }

    /** The code depends on the random draw only, never on an id or a counter: the draws map one to one to symbols. */
    @Test
    void theCodeIsTheRandomDrawSpelledInTheAlphabet() {
        SecureRandom scripted = new SecureRandom() {
            private int next;

            @Override
            public int nextInt(int bound) {
                assertThat(bound).isEqualTo(31);
                return next++ * 7 % bound;
            }
        };
        assertThat(VerificationCode.generate(scripted)).isEqualTo("29GQ-X6DM-U3AH");
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

    /** The admin document search reads a whole printed code as a code, even one without a digit (issue 14). */
    @ParameterizedTest
    @CsvSource({"ZQWX-KKKK-ABCD, true", "zqwx-kkkk-abcd, true", "' 7KQM-3XPA-9HTV ', true", "ZQWXKKKKABCD, false",
            "ZQWX-KKKK-ABC, false", "ZQWX-KKKK-ABCO, false", "MARTIN-DUPONT, false", "LEGR, false"})
    void aWholePrintedCodeIsToldFromAName(String typed, boolean printed) {
        assertThat(VerificationCode.isPrinted(typed)).isEqualTo(printed);
    }
}
