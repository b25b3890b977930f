package fr.titrepro.session;

import fr.titrepro.referential.SessionType;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.LocalDate;
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
}
