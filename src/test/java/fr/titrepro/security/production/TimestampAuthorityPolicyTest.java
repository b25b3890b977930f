package fr.titrepro.security.production;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: production refuses to start without a real RFC 3161 timestamp authority (the local authority in the JVM
 * is for dev, test and demo only; docs/documents.md « Long-term signatures », ETSI EN 319 142-1 B-T needs a trusted
 * TSA). Table: the configured value → the refusal (empty: accepted).
 */
class TimestampAuthorityPolicyTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                                      | est absent : les documents seraient horodatés par l'autorité locale
            ''                                        | est absent
            '   '                                     | est absent
            https://horodatage.example.gouv.fr/tsa    | NULL
            http://timestamp.example.eu:8080/rfc3161  | NULL
            ' https://tsa.example.fr '                | NULL
            ldap://tsa.example.fr                     | « ldap://tsa.example.fr » n'est pas une adresse http(s)
            tsa.example.fr                            | « tsa.example.fr » n'est pas une adresse http(s)
            'https://exa mple.fr'                     | n'est pas une adresse valide
            """)
    void refusal(String configured, String expected) {
        Optional<String> refusal = TimestampAuthorityPolicy.refusal(Optional.ofNullable(configured));
        if (expected == null) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(r -> assertThat(r)
                    .startsWith("titrepro.documents.tsa-url (TITREPRO_TSA_URL)").contains(expected));
        }
    }
}
