package fr.titrepro.candidate.link;

import fr.titrepro.candidate.link.LinkConsentPolicy.Answerer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a person's record is shared with a new centre only with their consent (RGPD art. 6(1)(a) and 7; the
 * accommodations are data concerning health, art. 9): the person answers when they have a login, the
 * administration for a person without one; a request is answered once.
 */
class LinkConsentPolicyTest {

    @ParameterizedTest(name = "{0}: {1}, login {2}, {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "the person accepts or refuses                  | PENDING  | true  | THE_PERSON     | -",
            "the administration for a person without login  | PENDING  | false | ADMINISTRATION | -",
            "not the administration when the person can     | PENDING  | true  | ADMINISTRATION | Cette personne a un compte : c'est à elle",
            "the centre that asks never answers             | PENDING  | false | OTHER          | Seule la personne concernée",
            "answered once: accepted                        | ACCEPTED | true  | THE_PERSON     | Cette demande de rattachement a déjà reçu une réponse (acceptée)",
            "answered once: refused                         | REFUSED  | false | ADMINISTRATION | Cette demande de rattachement a déjà reçu une réponse (refusée)",
    })
    void whoAnswers(String rule, LinkRequestStatus status, boolean login, Answerer answerer, String refusalStart) {
        var refusal = LinkConsentPolicy.refusal(status, login, answerer);
        if (refusalStart == null) {
            assertThat(refusal).as(rule).isEmpty();
        } else {
            assertThat(refusal).as(rule).hasValueSatisfying(r -> assertThat(r).startsWith(refusalStart));
        }
    }
}
