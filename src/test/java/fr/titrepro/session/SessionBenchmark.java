package fr.titrepro.session;

import fr.titrepro.referential.SessionType;
import fr.titrepro.security.Roles;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Measures, not a timed test: run with {@code -Dtitrepro.bench=true -Dtest=SessionBenchmark}; results go to
 * docs/performance.md. A session of 200 candidates and 3 jurors on real MariaDB.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "titrepro.bench", matches = "true")
class SessionBenchmark {

    static final int CANDIDATES = 200;

    @Inject
    SessionFixtures fixtures;

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void aSessionOfTwoHundredCandidates() {
        long centre = fixtures.centreOfStaff("t4-centre-bench");
        long session = fixtures.plannedSession("t4-centre-bench", SessionType.TITLE, LocalDate.now().plusDays(60),
                LocalDate.now().plusDays(64), CANDIDATES);
        for (int i = 0; i < 3; i++) {
            fixtures.assign(session, fixtures.triJuror());
        }
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(fixtures.candidate().extraTime(i % 10 == 0 ? 33 : 0, null).followedBy(centre).create());
        }
        long t0 = System.nanoTime();
        List<Long> enrolments = new ArrayList<>();
        for (long candidate : candidates) {
            enrolments.add(fixtures.enrol(session, candidate));
        }
        long enrolNanos = System.nanoTime() - t0;

        time("GET /api/sessions/{id}/enrolments (200 timetables)", 5,
                () -> given().get("/api/sessions/" + session + "/enrolments").then().statusCode(200));
        time("GET /api/sessions/{id} (composition, actions)", 5,
                () -> given().get("/api/sessions/" + session).then().statusCode(200));
        time("GET /sessions/{id} page", 5,
                () -> given().accept("text/html").get("/sessions/" + session).then().statusCode(200));
        time("candidate convocation PDF", 10, () -> given().get("/api/sessions/" + session + "/enrolments/"
                + enrolments.get(100) + "/convocation.pdf").then().statusCode(200));
        long juror = given().get("/api/sessions/" + session).then().extract().<Integer>path("jury[0].jurorId");
        time("jury convocation PDF (200 candidates)", 5, () -> given().get("/api/sessions/" + session + "/jury/"
                + juror + "/convocation.pdf").then().statusCode(200));
        System.out.printf("[bench] %d enrolments (eligibility + write): %d ms in all, %.1f ms each%n", CANDIDATES,
                enrolNanos / 1_000_000, enrolNanos / 1_000_000.0 / CANDIDATES);
    }

    static void time(String what, int runs, Runnable call) {
        call.run();
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            call.run();
        }
        System.out.printf("[bench] %s: %.0f ms (mean of %d, after one warm-up)%n", what,
                (System.nanoTime() - t0) / 1_000_000.0 / runs, runs);
    }
}
