package fr.titrepro.eligibility;

import fr.titrepro.eligibility.rules.ExperienceKind;
import fr.titrepro.eligibility.rules.VaeCase;
import fr.titrepro.eligibility.rules.VaeEligibilityPolicy;
import fr.titrepro.eligibility.rules.VaeRuleBook;
import fr.titrepro.security.Roles;
import fr.titrepro.support.VaeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Measures, does not assert (docs/performance.md): run with -Dtitrepro.bench=true. Times of the pure policy, the
 * stateless check, recording, the paginated list and the report PDF, against the real MariaDB.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "titrepro.bench", matches = "true")
class VaeBenchmarkTest {

    @Test
    void policyOnFiftyExperiences() {
        List<VaeCase.Experience> xs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LocalDate start = LocalDate.of(2000, 1, 1).plusMonths(i * 5L);
            xs.add(new VaeCase.Experience(i + 1, "poste " + i, ExperienceKind.values()[i % 7], start, start.plusMonths(8),
                    false, 20.0 + i % 15, null, java.util.Set.of(1 + i % 8)));
        }
        VaeEligibilityPolicy policy = new VaeEligibilityPolicy(VaeRuleBook.shipped());
        for (String date : List.of("2017-09-30", "2020-06-01", "2024-06-01")) {
            VaeCase c = new VaeCase(LocalDate.parse(date), "TP-00496", false, java.util.Set.of(1, 2, 3, 4, 5, 6, 7, 8), xs,
                    List.of());
            for (int i = 0; i < 2_000; i++) {
                policy.evaluate(c);
            }
            int n = 20_000;
            long[] ns = new long[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                policy.evaluate(c);
                ns[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ns);
            // the same statistics as the HTTP rows (median and p95 of single calls), not a mean
            System.out.printf("BENCH policy %s, 50 expériences : médiane %.1f µs, p95 %.1f µs (%d évaluations)%n",
                    date, ns[n / 2] / 1000.0, ns[(int) (n * 0.95)] / 1000.0, n);
        }
    }

    @Test
    @TestSecurity(user = "conseiller-bench", roles = Roles.VAE_ADVISER)
    void apiTimings() {
        Map<String, Object> check = VaeFixtures.eligibleTri(null);
        time("POST /api/vae/eligibility-checks", 300, () -> given().contentType(ContentType.JSON).body(check)
                .post("/api/vae/eligibility-checks").then().statusCode(200));
        List<Long> ids = new ArrayList<>();
        time("POST /api/vae/applications", 300, () -> {
            String location = given().contentType(ContentType.JSON).body(VaeFixtures.eligibleTri(VaeFixtures.uniqueName()))
                    .post("/api/vae/applications").then().statusCode(201).extract().header("Location");
            ids.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        });
        time("GET /api/vae/applications?size=20 (300 demandes)", 300, () ->
                given().get("/api/vae/applications?page=7&size=20").then().statusCode(200));
        time("GET /vae (tableau de bord, page HTML)", 300, () ->
                given().accept("text/html").get("/vae?page=3").then().statusCode(200));
        time("GET /api/vae/applications/{id}", 300, () ->
                given().get("/api/vae/applications/" + ids.get(ids.size() / 2)).then().statusCode(200));
        time("GET /api/vae/applications/{id}/report.pdf", 100, () ->
                given().get("/api/vae/applications/" + ids.getFirst() + "/report.pdf").then().statusCode(200));
    }

    private static void time(String label, int n, Runnable call) {
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ms);
        System.out.printf("BENCH %s : médiane %.1f ms, p95 %.1f ms (%d appels)%n", label, ms[n / 2] / 1e6,
                ms[(int) (n * 0.95)] / 1e6, n);
    }
}
