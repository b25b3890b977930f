package fr.titrepro.candidate;

import fr.titrepro.candidate.importing.ImportTemplate;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static io.restassured.RestAssured.given;

/**
 * Benchmark of the bulk import, run by hand (not part of the suite, no timed assertion):
 * {@code mvn test -Dtest=CandidateImportBenchmark -Dtitrepro.bench=true [-Dtitrepro.bench.rows=10000]}.
 * Imports N rows through the real HTTP API into the real MariaDB, then the same file again (idempotent), and prints
 * the times; the results are written up in docs/performance.md.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "titrepro.bench", matches = "true")
class CandidateImportBenchmark {

    @Inject
    CentreFixtures fixtures;

    @Inject
    CandidateRepository candidates;

    @Test
    void importTenThousandRows() {
        int rows = Integer.getInteger("titrepro.bench.rows", 10_000);
        fixtures.centreOf("centre");
        String token = Tokens.of("centre");
        String prefix = CandidateFixtures.uniqueName("Bench");
        byte[] file = file(prefix, rows);
        long before = candidates.count();

        long dryRun = time(() -> given().auth().oauth2(token).contentType("text/csv").body(file)
                .post("/api/candidates/import?dryRun=true").then().statusCode(200));
        long first = time(() -> given().auth().oauth2(token).contentType("text/csv").body(file)
                .post("/api/candidates/import").then().statusCode(200));
        long created = candidates.count() - before;
        long again = time(() -> given().auth().oauth2(token).contentType("text/csv").body(file)
                .post("/api/candidates/import").then().statusCode(200));
        byte[] second = file(CandidateFixtures.uniqueName("Bench"), rows);
        long job = time(() -> {
            int id = given().auth().oauth2(token).contentType("text/csv").body(second)
                    .post("/api/candidates/import/jobs").then().statusCode(202).extract().path("id");
            while (!Boolean.TRUE.equals(given().auth().oauth2(token).get("/api/candidates/import/jobs/" + id)
                    .then().statusCode(200).extract().path("finished"))) {
                sleep();
            }
        });

        System.out.printf(Locale.ROOT, """

                ==== Import benchmark: %d rows, %.1f kB (%d candidates created, table now %d rows) ====
                dry run (read + validate + duplicate lookups) : %6d ms
                import (validate + write, one transaction)     : %6d ms
                re-import of the same file (0 created)         : %6d ms
                background job, other %d rows, until DONE     : %6d ms (polled every 200 ms)
                ==============================================================================
                %n""", rows, file.length / 1024.0, created, candidates.count(), dryRun, first, again, rows, job);
    }

    private static byte[] file(String prefix, int rows) {
        StringBuilder sb = new StringBuilder(ImportTemplate.headerLine()).append("\r\n");
        LocalDate birth = LocalDate.of(1960, 1, 1);
        String[] communes = {"Lyon;69", "Nantes;44", "Saint-Étienne;42", "Besançon;25", "Ajaccio;2A", "Saint-Denis;974"};
        for (int i = 0; i < rows; i++) {
            LocalDate born = birth.plusDays(i % 15_000);
            String[] place = communes[i % communes.length].split(";");
            sb.append(prefix).append(letters(i)).append(";;Camille Marie;").append(i % 2 == 0 ? "F" : "M").append(';')
                    .append(String.format(Locale.ROOT, "%02d/%02d/%04d", born.getDayOfMonth(), born.getMonthValue(), born.getYear()))
                    .append(';').append(place[0]).append(';').append(place[1]).append(";;française;")
                    .append("stagiaire").append(i).append("@exemple.test;06 12 34 56 78;12 rue de la Gare;69003;Lyon;;")
                    .append("FORMATION;TP-00496;").append(i % 3 == 0 ? "1" : "").append(";01/09/2025;30/06/2026;;;")
                    .append(i % 10 == 0 ? "33" : "").append(";;;\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        for (int n = i, k = 0; k < 4; k++, n /= 26) {
            sb.append((char) ('a' + n % 26));
        }
        return sb.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
