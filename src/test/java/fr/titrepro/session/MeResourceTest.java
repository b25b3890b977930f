package fr.titrepro.session;

import fr.titrepro.security.Roles;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.SessionFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** "Mes sessions": a juror sees only the sessions they sit on, a candidate only those they are enrolled in. */
@QuarkusTest
class MeResourceTest {

    static final String STAFF = "t4-centre-me";

    @Inject
    SessionFixtures fixtures;

    @Inject
    JurorRepository jurors;

    long juror(String username) {
        return jurors.findByUsername(username).map(j -> j.id).orElseGet(() -> fixtures.juror(username, 10,
                SessionFixtures.TRI, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2)));
    }

    @Test
    @TestSecurity(user = "t4-jury-me", roles = Roles.JUROR)
    void aJurorSeesOnlyTheSessionsTheySitOn() {
        long me = juror("t4-jury-me");
        long mine = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(120));
        long notMine = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(121));
        fixtures.assign(mine, me);
        fixtures.assign(notMine, fixtures.triJuror());
        given().get("/api/me/sessions").then().statusCode(200)
                .body("items.session.id", hasItem((int) mine))
                .body("items.session.id", not(hasItem((int) notMine)))
                .body("items[0].role", equalTo("JUROR"))
                .body("items[0].convocationUrl", equalTo("/api/sessions/" + mine + "/jury/" + me + "/convocation.pdf"));
        given().get("/api/sessions/" + mine).then().statusCode(200).body("session.id", equalTo((int) mine));
        given().get("/api/sessions/" + notMine).then().statusCode(404);
        given().get("/api/me/sessions?period=past").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "t4-candidat-me", roles = Roles.CANDIDATE)
    void aCandidateSeesTheirEnrolmentsWithTimetableAndConvocation() {
        long centre = fixtures.centreOfStaff(STAFF);
        long me = fixtures.candidate().username("t4-candidat-me").followedBy(centre).create();
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(122));
        long other = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(123));
        long enrolment = fixtures.enrol(session, me);
        fixtures.enrol(other, fixtures.candidate().followedBy(centre).create());
        given().get("/api/me/sessions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].role", equalTo("CANDIDATE"))
                .body("items[0].session.id", equalTo((int) session))
                .body("items[0].enrolment.timetable[0].label", equalTo("Mise en situation professionnelle"))
                .body("items[0].convocationUrl", equalTo("/api/sessions/" + session + "/enrolments/" + enrolment
                        + "/convocation.pdf"));
        // the candidate's own view (issue 12): their enrolment, no managers' actions nor composition problems
        given().get("/api/sessions/" + session).then().statusCode(200)
                .body("enrolment.id", equalTo((int) enrolment))
                .body("$", not(hasKey("actions"))).body("$", not(hasKey("compositionProblems")));
        given().get("/api/sessions/" + other).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void staffHaveNoPersonalSessions() {
        given().get("/api/me/sessions").then().statusCode(403);
    }

    @Test
    void aRealKeycloakJurorTokenReachesTheirSessions() {
        long jury = juror("jury");
        // a day no other test seats « jury » on: ReconciliationQuorumResourceTest draws its sessions of « jury » between
        // 400 and 700 days ahead (one landing on 400 made this assignment a refused overlap in CI), and the centre's
        // approval ends two years ahead
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(710));
        fixtures.assign(session, jury);
        given().auth().oauth2(Tokens.of("jury")).get("/api/me/sessions?size=100").then().statusCode(200)
                .body("items.session.id", hasItem((int) session));
        given().auth().oauth2(Tokens.of("centre")).get("/api/me/sessions").then().statusCode(403);
    }
}
