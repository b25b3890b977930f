package fr.titrepro.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** If-None-Match against a file's tag, RFC 9110 §13.1.2: weak comparison, a list of tags, or « * ». */
class EntityTagsTest {

    private static final String TAG = EntityTags.of("ab12");

    @Test
    void theTagIsTheHashQuoted() {
        assertThat(TAG).isEqualTo("\"ab12\"");
    }

    @Test
    void ifNoneMatchCases() {
        Object[][] cases = {
                // header, held by the client?
                {"\"ab12\"", true},
                {"W/\"ab12\"", true},                  // §13.1.2: weak comparison for If-None-Match
                {"\"x\", \"ab12\"", true},             // §13.1.2: a list of tags
                {" \"x\" ,W/\"ab12\" ", true},
                {"*", true},                           // §13.1.2: any current representation
                {"\"ab1\"", false},
                {"\"ab12x\"", false},
                {"ab12", false},                       // not a tag: unquoted
                {"\"AB12\"", false},                   // opaque tags compare exactly
                {"", false},
                {null, false},
        };
        for (Object[] c : cases) {
            assertThat(EntityTags.matches((String) c[0], TAG)).as("If-None-Match: %s", c[0]).isEqualTo(c[1]);
        }
        assertThat(EntityTags.matches("*", null)).as("nothing to hold").isFalse();
    }
}
