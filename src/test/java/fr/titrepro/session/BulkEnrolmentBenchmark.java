package fr.titrepro.session;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.referential.SessionType;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.ScoringFixtures.as;

/**
 * Measures, not a timed test: run with {@code -Dtitrepro.bench=true -Dtest=BulkEnrolmentBenchmark}; the figure goes
 * to docs/performance.md. 200 followed candidates (some with a history of attempts) enrolled by the real centre
 * user in one request, after a warm-up of the same on another session.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "titrepro.bench", matches = "true")
class BulkEnrolmentBenchmark {

    static final int CANDIDATES = 200;

    @Inject
    SessionFixtures fixtures;

    @Inject
    CandidateRepository candidates;

    long run(long centre, int days) {
        long session = fixtures.plannedSession("centre", SessionType.TITLE, LocalDate.now().plusDays(days),
                LocalDate.now().plusDays(days + 4), CANDIDATES);
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(fixtures.candidate().followedBy(centre).create());
        }
        Map<String, Object> body = Map.of("enrolments", candidates.stream().map(c -> Map.of("candidateId", c))
                .toList());
        var request = as("centre").body(body);
        long start = System.nanoTime();
        request.post("/api/sessions/" + session + "/enrolments/bulk").then().statusCode(201);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void twoHundredCandidatesInOneRequest() {
        long centre = fixtures.centreOfStaff("centre");
        long warmUp = run(centre, 300);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(run(centre, 310 + 10 * i));
        }
        System.out.printf("BULK-ENROLMENT 200 candidates: warm-up %d ms, then %s ms%n", warmUp, runs);
    }

    /** The same 200 candidates as a CSV file: half named by reference, half by name, first name and birth date. */
    long runFile(long centre, int days) {
        long session = fixtures.plannedSession("centre", SessionType.TITLE, LocalDate.now().plusDays(days),
                LocalDate.now().plusDays(days + 4), CANDIDATES);
        StringBuilder file = new StringBuilder("reference;nom;prenom;date_naissance\r\n");
        for (int i = 0; i < CANDIDATES; i++) {
            Candidate c = candidates.findById(fixtures.candidate().followedBy(centre).create());
            file.append(i % 2 == 0 ? c.reference + ";;;" : ";" + c.identity.birthName + ";" + c.identity.firstNames + ";"
                    + c.identity.birthDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).append("\r\n");
        }
        var request = as("centre").contentType("text/csv").body(file.toString().getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        request.post("/api/sessions/" + session + "/enrolments/bulk.csv").then().statusCode(201);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void twoHundredLinesOfACsvFile() {
        long centre = fixtures.centreOfStaff("centre");
        long warmUp = runFile(centre, 350);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(runFile(centre, 360 + 10 * i));
        }
        System.out.printf("BULK-ENROLMENT-CSV 200 lines: warm-up %d ms, then %s ms%n", warmUp, runs);
    }
}
