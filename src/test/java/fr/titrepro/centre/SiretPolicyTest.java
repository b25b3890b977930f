package fr.titrepro.centre;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SiretPolicyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // Luhn on the 14 digits
            "73282932000074, true",     // INSEE's example (SIREN 732 829 320, 7th establishment)
            "73282932000075, false",    // last digit changed
            "73282932000047, false",    // two digits swapped
            "81234567800013, true",
            "00000000000000, true",     // Luhn holds (sum 0): the format does not exclude it
            // La Poste (SIREN 356 000 000): sum of the 14 digits multiple of 5, head office by Luhn
            "35600000000048, true",     // head office: Luhn, digit sum 26
            "35600000000049, false",
            "35600000012340, false",    // digit sum 24
            "35600000000010, true",     // digit sum 15
            "35600000000011, false",    // digit sum 16, and not Luhn
            "35600000049800, true",     // digit sum 35
            "35600000049801, false",    // digit sum 36
            // format
            "7328293200007, false",     // 13 digits
            "732829320000744, false",   // 15 digits
            "7328293200007A, false",
    })
    void checksum(String siret, boolean valid) {
        assertThat(SiretPolicy.isValid(siret)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "732 829 320 00074 | 73282932000074",
            "732.829.320.00074 | 73282932000074",
            "732-829-320-00074 | 73282932000074",
    })
    void spacesDotsAndDashesAreDropped(String typed, String normalised) {
        assertThat(SiretPolicy.normalise(typed)).isEqualTo(normalised);
        assertThat(SiretPolicy.refusal(SiretPolicy.normalise(typed))).isNull();
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "''             | Champ obligatoire.",
            "7328293200007  | Le SIRET compte exactement 14 chiffres.",
            "73282932000075 | SIRET invalide : la clé de contrôle ne correspond pas (vérifiez les chiffres).",
    })
    void refusalsAreInFrench(String siret, String message) {
        assertThat(SiretPolicy.refusal(siret)).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"8123456780001", "4410203040001", "1000000000000"})
    void checkDigitMakesAValidSiret(String thirteen) {
        assertThat(SiretPolicy.isValid(SiretPolicy.withCheckDigit(thirteen))).isTrue();
    }
}
