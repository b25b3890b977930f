package fr.titrepro.candidate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** One person, one candidate: what makes two records the same person, and what does not. */
class IdentityKeyTest {

    private static final LocalDate BIRTH = LocalDate.of(1990, 3, 4);
    private static final String REFERENCE = IdentityKey.of("Lefèvre", "Élodie Anne", BIRTH, "Saint-Étienne", "42", null);

    @ParameterizedTest(name = "{0} {1} born {2} in {3} ({4}) {5}: same person = {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "LEFEVRE   | elodie            | 1990-03-04 | saint etienne | 42 | -      | true",
            "Lefèvre   | Élodie, Marie     | 1990-03-04 | Saint-Étienne | 42 | -      | true",
            "Lefèvre   | Elodie-Anne       | 1990-03-04 | Saint-Étienne | 42 | -      | false",
            "Lefèvre   | Élodie Anne       | 1990-03-05 | Saint-Étienne | 42 | -      | false",
            "Lefèvre   | Élodie Anne       | 1990-03-04 | Saint-Étienne | 43 | -      | false",
            "Lefebvre  | Élodie Anne       | 1990-03-04 | Saint-Étienne | 42 | -      | false",
            "Lefèvre   | Anne Élodie       | 1990-03-04 | Saint-Étienne | 42 | -      | false",
    })
    void samePerson(String birthName, String firstNames, LocalDate birth, String commune, String dept, String country,
                    boolean same) {
        assertThat(IdentityKey.of(birthName, firstNames, birth, commune, dept, country).equals(REFERENCE)).isEqualTo(same);
    }

    @ParameterizedTest(name = "abroad: {0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {"-|Maroc|MAROC", "-|  maroc |MAROC"})
    void bornAbroadIsIdentifiedByTheCountry(String commune, String country, String place) {
        assertThat(IdentityKey.of("Alaoui", "Nadia", BIRTH, commune, null, country)).endsWith("|" + place);
    }
}
