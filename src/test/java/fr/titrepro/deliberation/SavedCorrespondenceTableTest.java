package fr.titrepro.deliberation;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.referential.SessionType;
import fr.titrepro.referential.TitleCatalog;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.security.Roles;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.VersionDiffFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a correspondence table saved from the comparison of two millésimes is the revision's table that the
 * deliberation reads — information only while not official, a right once the administration cites the arrêté
 * (fiche TP-00496 « l'arrêté de spécialité fixe les correspondances »).
 */
@QuarkusTest
class SavedCorrespondenceTableTest {

    @Inject
    VersionDiffFixtures titles;

    @Inject
    DocumentFixtures fixtures;

    @Inject
    TitleRulesSource rules;

    @Inject
    TitleCatalog catalog;

    @Inject
    CandidateRepository candidates;

    @Test
    @TestSecurity(user = "t13-admin", roles = Roles.ADMIN)
    void aSavedTableCreditsOldCcpsOnlyOnceOfficial() {
        String code = titles.titleWithTwoVersions("Titre à table enregistrée");
        Candidate holder = fixtures.newCandidate(null);
        fixtures.hold(holder.id, code, "01", 1, LocalDate.of(2024, 6, 3), "Lyon");

        save(code, false, null, false);
        assertThat(decideCcp2(code, holder.id).heldAfter()).as("a table that is not official gives no right")
                .containsExactly(2);

        save(code, true, "arrêté du 3 mars 2025 relatif au titre à table enregistrée", true);
        assertThat(decideCcp2(code, holder.id).heldAfter()).as("CCP 1 of version 01 counts for CCP 1 of version 02")
                .containsExactly(1, 2);
    }

    private static void save(String code, boolean official, String decree, boolean overwrite) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("fromVersion", "01");
        body.put("official", official);
        body.put("decree", decree);
        body.put("overwrite", overwrite);
        body.put("lines", List.of(Map.of("from", List.of(1), "to", List.of(1))));
        given().contentType(ContentType.JSON).body(body).put("/api/titles/" + code + "/versions/02/correspondence")
                .then().statusCode(200);
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
}
