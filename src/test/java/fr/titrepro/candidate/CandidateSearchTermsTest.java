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

    @ParameterizedTest(name = "« {0} »: a word''s range says it all {1}, the pair''s {2}")
    @CsvSource({
            // one word: its birth names are matches; two words: the pair's ranges are
            "MARTIN, true, false",
            "MARTIN Pierre, false, true",
            // a third word or a date is checked on the row
            "MARTIN Pierre Paul, false, false",
            "MARTIN 14/05/1996, false, false",
            // a word that may start « ANONYME Anonyme » (an erased person's row keeps these names): checked on the row
            "ANO, false, false",
            "anonyme Pierre, false, false",
            "ANONYMES, true, false",
    })
    void theRangesOfTheSearchsOwnWordsAreMatchesWithoutReadingTheRow(String text, boolean word, boolean pair) {
        CandidateSearchTerms terms = CandidateSearchTerms.of(text, null);
        assertThat(terms.saidBy(new CandidateSearchTerms.Driver(List.of("…"), 0))).isEqualTo(word);
        assertThat(terms.saidBy(new CandidateSearchTerms.Driver(List.of("…"), null))).isEqualTo(pair);
    }

    @Test
    void aCentreReadsTheNamesAmongItsOwnFollowsAndTheOtherColumnsAmongEveryone() {
        // V14_6_1: the follows carry their candidates' names, with the centre's indexes (« MARTIN Pierre » in a centre:
        // its 174 namesakes, not the country's 2,500 each checked for a follow)
        CandidateSearchTerms terms = CandidateSearchTerms.of("MARTIN C-7K2 14/05/1996", 7L);
        List<CandidateSearchTerms.Driver> drivers = terms.drivers(List.of(List.of("MARTIN"), List.of()),
                new HashMap<>(terms.parameters()));
        assertThat(drivers.getFirst().parts()).containsExactly(
                "SELECT candidate_id AS id FROM candidate_follow WHERE centre_id = :centre AND birth_name LIKE :w0 ESCAPE '!'",
                "SELECT candidate_id AS id FROM candidate_follow WHERE centre_id = :centre AND usage_name LIKE :w0 ESCAPE '!'",
                "SELECT candidate_id AS id FROM candidate_follow WHERE centre_id = :centre AND first_names LIKE :w0 ESCAPE '!'");
        assertThat(drivers.get(1).parts()).contains("SELECT id FROM candidate WHERE reference LIKE :w1 ESCAPE '!'");
        // the date, then the centre's follows, then the pair
        assertThat(drivers.get(2).parts()).containsExactly("SELECT id FROM candidate WHERE birth_date = :d0");
        assertThat(drivers.get(3).parts()).containsExactly(CandidateSearchTerms.CENTRE);
        assertThat(drivers.get(4).parts().getFirst()).isEqualTo("SELECT candidate_id AS id FROM candidate_follow WHERE "
                + "centre_id = :centre AND birth_name IN (:b0_0) AND first_names LIKE :w1 ESCAPE '!'");
        assertThat(drivers.get(4).parts()).contains("SELECT id FROM candidate WHERE reference LIKE :w1 ESCAPE '!'");
        // the centre's names in the list's order: its follows' index, from the cursor
        Map<String, Object> parameters = new HashMap<>();
        assertThat(terms.inNamesOrder("IN (:b0_0)", fr.titrepro.shared.web.SeekCursor.of("MARTIN", "Paul", 9L),
                parameters, 21)).isEqualTo("SELECT n.candidate_id AS id FROM candidate_follow n FORCE INDEX "
                + "(ix_follow_centre_names) WHERE n.centre_id = :centre AND n.birth_name IN (:b0_0) AND (n.birth_name > :kb "
                + "OR (n.birth_name = :kb AND (n.first_names > :kf OR (n.first_names = :kf AND n.candidate_id > :ki)))) "
                + "ORDER BY n.birth_name, n.first_names, n.candidate_id LIMIT 21");
        assertThat(parameters).containsEntry("kb", "MARTIN").containsEntry("ki", 9L);
        assertThat(CandidateSearchTerms.of("MARTIN", null).inNamesOrder(null, null, parameters, 4000))
                .isEqualTo("SELECT n.id AS id FROM candidate n FORCE INDEX (ix_candidate_names) WHERE 1 = 1 "
                        + "ORDER BY n.birth_name, n.first_names, n.id LIMIT 4000");
    }
}
