package fr.titrepro.candidate.privacy;

import fr.titrepro.candidate.privacy.ErasurePolicy.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RGPD art. 17 (right to erasure) against art. 17(3)(b) (a legal obligation: the Ministry keeps the certification
 * records; the livret, the parchemin and their verification depend on them), and issue 12: a centre's erasure only
 * stops its own follow of a person who is not its alone (other centres, own login, certification).
 */
class ErasurePolicyTest {

    @ParameterizedTest(name = "{0}: {1} certification(s), login {2}, admin {3}, {4} other centre(s), open session {5} → {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "nobody else, nothing held: the centre anonymises     | 0 | false | false | 0 | false | ANONYMISE      | -",
            "the administration anonymises a shared person        | 0 | false | true  | 2 | false | ANONYMISE      | -",
            "the administration anonymises a person with a login  | 0 | true  | true  | 0 | false | ANONYMISE      | -",
            "followed by another centre: the centre stops following | 0 | false | false | 1 | false | STOP_FOLLOWING | -",
            "own login: the centre stops following                | 0 | true  | false | 0 | false | STOP_FOLLOWING | -",
            "a certification: the centre stops following          | 1 | false | false | 0 | false | STOP_FOLLOWING | -",
            "shared and in an open session: stops following only  | 0 | false | false | 1 | true  | STOP_FOLLOWING | -",
            "art. 17(3)(b): a certification, admin                | 1 | false | true  | 0 | false | REFUSED        | Effacement refusé : cette personne détient une certification",
            "art. 17(3)(b): 3 certifications, admin               | 3 | true  | true  | 1 | false | REFUSED        | Effacement refusé : cette personne détient 3 certifications",
            "art. 17(3)(b): enrolled in an open session, admin    | 0 | false | true  | 0 | true  | REFUSED        | Effacement refusé : cette personne est inscrite à une session qui n'est pas terminée (Session titre TRI le 01/03/2027 (programmée))",
            "art. 17(3)(b): enrolled in an open session, centre   | 0 | false | false | 0 | true  | REFUSED        | Effacement refusé : cette personne est inscrite à une session",
    })
    void erasure(String rule, int certifications, boolean login, boolean admin, int otherCentres, boolean openSession,
                 Action expected, String reasonStart) {
        List<String> open = openSession ? List.of("Session titre TRI le 01/03/2027 (programmée)") : List.of();
        ErasurePolicy.Decision d = ErasurePolicy.decide(certifications, login, admin, otherCentres, open);
        assertThat(d.action()).as(rule).isEqualTo(expected);
        if (reasonStart == null) {
            assertThat(d.reason()).isNull();
        } else {
            assertThat(d.reason()).startsWith(reasonStart).contains("RGPD art. 17(3)(b)");
        }
    }
}
