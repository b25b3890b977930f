package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.security.Roles;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Only an official correspondence table (arrêté de spécialité) changes a candidate's rights, and its lines may be
 * many-to-one (fiche TP-00496 « l'arrêté de spécialité fixe les correspondances »; DOMAIN.md « Référentiel »): a
 * revision imported through the API, then the deliberation rules read from the database.
 */
@QuarkusTest
class OfficialCorrespondenceTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    TitleRulesSource rules;

    @Inject
    TitleCatalog catalog;

    @Inject
    CandidateRepository candidates;

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void anOfficialManyToOneLineCreditsOnlyTheHolderOfEveryOldCcp() {
        String code = SessionFixtures.uniqueTitleCode();
        post(ReferentialFixtures.sampleTitle(code, "Titre révisé " + code));
        // version 02 joins the two CCPs of version 01 into one: the holder of both old CCPs holds the new one
        post(ReferentialFixtures.sampleTitle(code, "Titre révisé " + code).replace("version: \"01\"", "version: \"02\"")
                .replace("validFrom: 2024-01-01", "validFrom: 2025-01-01")
                .replace("finalInterviewMinutes: 20", """
                        finalInterviewMinutes: 20
                        replaces:
                          code: %s
                          version: "01"
                          official: true
                          correspondences:
                            - from: [1, 2]
                              to: [1]
                        """.formatted(code)));
        given().get("/api/titles/" + code + "?version=02").then().statusCode(200)
                .body("replaces.official", equalTo(true)).body("replaces.applied", equalTo(true))
                .body("replaces.correspondences[0].fromCcps", equalTo(List.of(1, 2)))
                .body("replaces.correspondences[0].toCcps", equalTo(List.of(1)))
                .body("replaces.correspondences[0].line", equalTo("CCP 1 + CCP 2 → CCP 1"));
        given().get("/api/titles/TP-00496").then().statusCode(200).body("replaces.applied", equalTo(false));

        Candidate both = fixtures.newCandidate(null);
        fixtures.hold(both.id, code, "01", 1, LocalDate.of(2024, 6, 3), "Lyon");
        fixtures.hold(both.id, code, "01", 2, LocalDate.of(2024, 6, 4), "Lyon");
        Candidate one = fixtures.newCandidate(null);
        fixtures.hold(one.id, code, "01", 1, LocalDate.of(2024, 6, 3), "Lyon");

        assertThat(decideCcp2(code, both.id).heldAfter()).containsExactly(1, 2);
        DeliberationResult onlyOne = decideCcp2(code, one.id);
        assertThat(onlyOne.heldAfter()).containsExactly(2);
        assertThat(onlyOne.outcome()).isEqualTo(Outcome.PARTIAL_SUCCESS);
    }

    /** A session CCP of version 02 where the candidate acquires CCP 2, entretien final held favourably. */
    private DeliberationResult decideCcp2(String code, long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Candidate c = candidates.findById(candidateId);
            return DeliberationPolicy.decide(new DeliberationCase(rules.rulesOf(catalog.get(code, "02")),
                    rules.priorCcps(c), SessionType.CCP, Attendance.PRESENT, Map.of(2, Verdict.ACQUIRED),
                    FinalInterview.HELD_FAVOURABLY, null, null));
        });
    }

    private static void post(String yaml) {
        given().contentType("application/yaml").body(yaml.getBytes(StandardCharsets.UTF_8)).post("/api/titles")
                .then().statusCode(201);
    }
}
