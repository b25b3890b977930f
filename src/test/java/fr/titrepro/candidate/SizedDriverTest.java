package fr.titrepro.candidate;

import fr.titrepro.candidate.CandidateSearchTerms.Driver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a search's small set is read in the names' order rather than whole (issue 14, docs/performance.md « Eighth
 * session »): its largest range of the names' index must hold more than the page's end and twice the rest.
 */
class SizedDriverTest {

    static final String NAMES = SizedDriver.ORDERED_PART + "IN (:b0_0) AND first_names LIKE :w1 ESCAPE '!'";
    static final String FOLLOWED_NAMES = SizedDriver.FOLLOWED_ORDERED_PART + "IN (:b0_0) AND first_names LIKE :w1 ESCAPE '!'";
    static final String USAGE = "SELECT id FROM candidate WHERE usage_name LIKE :w0 ESCAPE '!'";

    @ParameterizedTest(name = "{0} ids in the names'' range, {1} beside, page end {2} → part {3}")
    @CsvSource({
            // « MARTIN Pierre »: 1,750 in order, none beside → read in order
            "1750, 0, 21, 0",
            "3000, 1500, 21, 0",
            // the rest is more than half the range: read whole and sorted
            "3000, 1501, 21, -1",
            // the page's end is past the range: nothing to stop early
            "15, 0, 21, -1",
            "0, 0, 21, -1",
    })
    void theNamesRangeIsReadInOrderWhenItDominates(long range, long beside, int end, int expected) {
        SizedDriver set = new SizedDriver(new Driver(List.of(NAMES, USAGE), null), List.of(range, beside));
        assertThat(set.dominantOrderedPart(end).orElse(-1)).isEqualTo(expected);
        // the same among a centre's follows (V14_6_1: their copy of the names, the centre's names index)
        SizedDriver followed = new SizedDriver(new Driver(List.of(FOLLOWED_NAMES, USAGE), null), List.of(range, beside));
        assertThat(followed.dominantOrderedPart(end).orElse(-1)).isEqualTo(expected);
        assertThat(SizedDriver.rangeOf(FOLLOWED_NAMES)).isEqualTo(SizedDriver.rangeOf(NAMES))
                .isEqualTo("IN (:b0_0) AND first_names LIKE :w1 ESCAPE '!'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // the centre's follows or a birth date are no range of the names' index
            "SELECT candidate_id AS id FROM candidate_follow WHERE centre_id = :centre",
            "SELECT id FROM candidate WHERE birth_date = :d0",
            "SELECT id FROM candidate WHERE first_names LIKE :w0 ESCAPE '!' AND first_names LIKE :w1 ESCAPE '!'",
    })
    void otherRangesAreNeverReadInTheNamesOrder(String part) {
        SizedDriver set = new SizedDriver(new Driver(Arrays.asList(part), null), List.of(3000L));
        assertThat(set.dominantOrderedPart(21)).isEmpty();
        assertThat(new SizedDriver(new Driver(List.of(USAGE, NAMES), 0), List.of(0L, 3000L)).others(1))
                .containsExactly(USAGE);
    }
}
