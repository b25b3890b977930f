package fr.titrepro.candidate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a search's words are read (issue 14, docs/performance.md « National scale »): the columns each word may start,
 * and the narrow ranges of the first two words together.
 */
class CandidateSearchTermsTest {

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = ';', value = {
            // a plain word: names and first names only (the e-mails begin with a first name)
            "martin; birth_name usage_name first_names",
            "Pierre; birth_name usage_name first_names",
            // a hyphen or a digit: also a reference (« C-7K2… »); a compound name costs one empty range more
            "C-7K2; birth_name usage_name first_names reference",
            "7K2M; birth_name usage_name first_names reference",
            "Jean-Pierre; birth_name usage_name first_names reference",
            // « @ » or a dot: also an e-mail
            "pierre.martin; birth_name usage_name first_names email",
            "pm@exemple; birth_name usage_name first_names email",
            "p.martin-2@x; birth_name usage_name first_names reference email",
    })
    void aWordStartsTheColumnsItsShapeAllows(String word, String columns) {
        assertThat(CandidateSearchTerms.Word.of(word).columns()).containsExactlyElementsOf(Arrays.asList(columns.split(" ")));
    }

    @Test
    void theWordsAndDatesAreReadApartAndTheLikeWildcardsEscaped() {
        CandidateSearchTerms terms = CandidateSearchTerms.of("  dup%  14/05/1996 ", 7L);
        assertThat(terms.words()).extracting(CandidateSearchTerms.Word::pattern).containsExactly("dup!%%");
        assertThat(terms.dates()).hasSize(1);
        assertThat(terms.parameters()).containsEntry("centre", 7L).containsEntry("w0", "dup!%%");
    }

    @Test
    void thePairOfTwoWordsReadsEachBirthNameWithTheOtherWordsFirstNames() {
        CandidateSearchTerms terms = CandidateSearchTerms.of("MARTIN Pierre", null);
        Map<String, Object> parameters = new HashMap<>(terms.parameters());
        List<CandidateSearchTerms.Driver> drivers = terms.drivers(
                List.of(List.of("MARTIN", "MARTINEZ"), List.of()), parameters);
        // one driver per word, then the pair (no centre, no date)
        assertThat(drivers).hasSize(3);
        CandidateSearchTerms.Driver pair = drivers.getLast();
        assertThat(pair.word()).isNull();
        assertThat(pair.parts()).containsExactly(
                // MARTIN… as a birth name (each one: both key parts of the names' index bound the range), Pierre… first
                "SELECT id FROM candidate WHERE birth_name IN (:b0_0, :b0_1) AND first_names LIKE :w1 ESCAPE '!'",
                // no birth name starts with Pierre: no part; both in the birth name or both in the first names
                "SELECT id FROM candidate WHERE birth_name LIKE :w0 ESCAPE '!' AND birth_name LIKE :w1 ESCAPE '!'",
                "SELECT id FROM candidate WHERE first_names LIKE :w0 ESCAPE '!' AND first_names LIKE :w1 ESCAPE '!'",
                // either word in the usage name, read whole
                "SELECT id FROM candidate WHERE usage_name LIKE :w0 ESCAPE '!'",
                "SELECT id FROM candidate WHERE usage_name LIKE :w1 ESCAPE '!'");
        assertThat(parameters).containsEntry("b0_0", "MARTIN").containsEntry("b0_1", "MARTINEZ");
        // too many birth names for a word (null): its range is read whole, the other word's first names checked
        assertThat(terms.drivers(Arrays.asList(null, List.of()), new HashMap<>()).getLast().parts().getFirst())
                .isEqualTo("SELECT id FROM candidate WHERE birth_name LIKE :w0 ESCAPE '!' AND first_names LIKE :w1 ESCAPE '!'");
        // a word's own driver: its birth name first (the merge plan reads it in order), then its other columns
        assertThat(drivers.getFirst().word()).isZero();
        assertThat(drivers.getFirst().parts().getFirst()).contains("birth_name LIKE :w0");
        assertThat(drivers.getFirst().parts()).hasSize(3);
    }
}
