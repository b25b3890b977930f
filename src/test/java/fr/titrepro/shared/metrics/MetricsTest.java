package fr.titrepro.shared.metrics;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.ScoringFixtures.as;
import static fr.titrepro.support.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /q/metrics (Prometheus text) shows the HTTP, pool and JVM meters and the business counters, and the counters move
 * with the actions done through the real endpoints (issue 14).
 */
@QuarkusTest
class MetricsTest {

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DocumentFixtures documents;

    static String scrape() {
        return RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a meter's samples (every tag), 0 when absent. */
    static double value(String text, String name) {
        return text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static double value(String name) {
        return value(scrape(), name);
    }

    @Test
    void thePlatformMetersAreExposedForPrometheus() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        String text = scrape();
        assertThat(text).contains("http_server_requests_seconds_count{", "jvm_memory_used_bytes{",
                "agroal_active_count{", "titrepro_grid_saves_total", "titrepro_grid_conflicts_total",
                "titrepro_verifications_total", "titrepro_candidate_imports_total", "titrepro_enrolments_bulk_total");
    }

    @Test
    void gridSavesAndConflictsAreCounted() {
        ScoringFixtures.Scenario s = scoring.scenario().create();
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        JsonPath g = as("jury").get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath();
        String url = "/api/grids/" + grid + "/criteria/" + g.getLong("sections[0].criteria[0].id");
        double saves = value("titrepro_grid_saves_total");
        double conflicts = value("titrepro_grid_conflicts_total");
        as("jury").body(score("MET", "Vu", 0)).put(url).then().statusCode(200);
        as("jury").body(score("NOT_MET", "Pas vu", 0)).put(url).then().statusCode(409);
        String after = scrape();
        assertThat(value(after, "titrepro_grid_saves_total")).isEqualTo(saves + 1);
        assertThat(value(after, "titrepro_grid_conflicts_total")).isEqualTo(conflicts + 1);
    }

    @Test
    void issuedDocumentsAndVerificationsAreCounted() {
        double issued = value("titrepro_documents_issued_total");
        double verified = value("titrepro_verifications_total");
        Candidate c = documents.newCandidate(null);
        String code = documents.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon").code;
        RestAssured.given().accept("application/json").get("/verify/" + code).then().statusCode(200);
        String after = scrape();
        assertThat(value(after, "titrepro_documents_issued_total")).isEqualTo(issued + 1);
        assertThat(after).contains("titrepro_documents_issued_total{kind=\"PARCHEMIN\"");
        assertThat(value(after, "titrepro_verifications_total")).isEqualTo(verified + 1);
    }

    @Test
    void candidateImportsAndBulkEnrolmentsAreCounted() {
        double imports = value("titrepro_candidate_imports_total");
        double imported = value("titrepro_candidate_imported_total");
        double bulk = value("titrepro_enrolments_bulk_total");
        double bulkCandidates = value("titrepro_enrolments_bulk_candidates_total");
        long centre = sessions.centreOfStaff("centre");
        String name = CandidateFixtures.uniqueName("Metrique");
        as("centre").contentType("text/csv").body(("nom_naissance;nom_usage;prenoms;sexe;date_naissance;"
                + "commune_naissance;departement_naissance;pays_naissance;email;parcours;titre;ccp;debut_formation;"
                + "fin_formation;vae_decision;vae_date;temps_supplementaire\r\n"
                + name + ";;Léa;F;04/03/1990;Lyon;69;;;FORMATION;TP-00496;;01/09/2025;30/06/2026;;;\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/candidates/import").then().statusCode(200);
        long session = sessions.plannedSession("centre", LocalDate.now().plusDays(90));
        List<Long> candidates = List.of(sessions.candidate().followedBy(centre).create(),
                sessions.candidate().followedBy(centre).create());
        as("centre").body(Map.of("enrolments", candidates.stream().map(c -> Map.of("candidateId", c)).toList()))
                .post("/api/sessions/" + session + "/enrolments/bulk").then().statusCode(201);
        String after = scrape();
        assertThat(value(after, "titrepro_candidate_imports_total")).isEqualTo(imports + 1);
        assertThat(value(after, "titrepro_candidate_imported_total")).isEqualTo(imported + 1);
        assertThat(value(after, "titrepro_enrolments_bulk_total")).isEqualTo(bulk + 1);
        assertThat(value(after, "titrepro_enrolments_bulk_candidates_total")).isEqualTo(bulkCandidates + 2);
    }
}
