package fr.titrepro.session;

import fr.titrepro.security.Roles;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Issue 12, « minimal views per role »: {@code GET /api/sessions/{id}} answers a candidate and a juror with what
 * « Mes sessions » shows them, not the managers' view (jury conflicts with other candidates' names and notes,
 * transitions, staff e-mail, other enrolments). Before the fix every reader got the managers' record.
 */
@QuarkusTest
class MinimalViewsResourceTest {

    static final String STAFF = "t12-centre-views";
    static final String CANDIDATE = "t12-candidat-views";
    static final String JUROR = "t12-jury-views";

    @Inject
    SessionFixtures fixtures;

    @Inject
    JurorRepository jurors;

    /** A session with the candidate and another one enrolled, the juror and a colleague, two declared links. */
    record Scene(long session, long me, long other, String otherName, long juror, long colleague) {
    }

    Scene scene(String candidateLogin, int daysAhead) {
        long centre = fixtures.centreOfStaff(STAFF);
        LocalDate from = LocalDate.now().minusYears(1);
        long juror = jurors.findByUsername(JUROR).map(j -> j.id)
                .orElseGet(() -> fixtures.juror(JUROR, 8, SessionFixtures.TRI, from, from.plusYears(5)));
        long colleague = fixtures.triJuror();
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(daysAhead));
        long me = fixtures.candidate().username(candidateLogin).followedBy(centre).create();
        String otherName = "Secret" + SessionFixtures.unique();
        long other = fixtures.candidate().named(otherName, "Autre").followedBy(centre).create();
        fixtures.enrol(session, me);
        fixtures.enrol(session, other);
        fixtures.assign(session, juror);
        fixtures.assign(session, colleague);
        fixtures.conflict(session, colleague, other, "Cousin germain de l'autre candidat");
        fixtures.conflict(session, juror, me, "Son formateur");
        return new Scene(session, me, other, otherName, juror, colleague);
    }

    @Test
    @TestSecurity(user = CANDIDATE, roles = Roles.CANDIDATE)
    void aCandidateReadsTheirSessionWithoutTheJuryConflictsTheHistoryNorTheStaffEmail() {
        Scene s = scene(CANDIDATE, 200);
        String json = given().get("/api/sessions/" + s.session()).then()
                .statusCode(200)
                .body("session.id", equalTo((int) s.session()))
                .body("managerName", equalTo("Responsable " + STAFF))
                .body("enrolment.candidateId", equalTo((int) s.me()))
                .body("enrolment.timetable", not(hasSize(0)))
                .body("$", not(hasKey("conflicts")))
                .body("$", not(hasKey("transitions")))
                .body("$", not(hasKey("managerEmail")))
                .body("$", not(hasKey("jury")))
                .body("$", not(hasKey("actions")))
                .extract().asString();
        assertThat(json).doesNotContain("Cousin germain", s.otherName(),
                "responsable@centre.test", "Son formateur");
        // « Mes sessions » carries only their own enrolment as well
        given().get("/api/me/sessions?size=100").then().statusCode(200)
                .body("items.enrolment.candidateId", equalTo(List.of((int) s.me())))
                .body("items[0]", not(hasKey("conflicts")));
    }

    @Test
    @TestSecurity(user = JUROR, roles = Roles.JUROR)
    void aJurorReadsTheJuryAndTheCandidatesButOnlyTheirOwnDeclarations() {
        Scene s = scene(null, 210);
        String json = given().get("/api/sessions/" + s.session()).then()
                .statusCode(200)
                .body("jury.jurorId", hasItem((int) s.colleague()))
                .body("candidates.candidateId", hasItem((int) s.other()))
                .body("conflicts.candidateId", equalTo(List.of((int) s.me())))
                .body("conflicts[0].note", equalTo("Son formateur"))
                .body("convocationUrl", equalTo("/api/sessions/" + s.session() + "/jury/" + s.juror()
                        + "/convocation.pdf"))
                .body("$", not(hasKey("transitions")))
                .body("$", not(hasKey("managerEmail")))
                .body("$", not(hasKey("actions")))
                .extract().asString();
        assertThat(json).doesNotContain("Cousin germain", "responsable@centre.test");
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theCentreManagingTheSessionStillReadsEverything() {
        Scene s = scene(null, 220);
        given().get("/api/sessions/" + s.session()).then().statusCode(200)
                .body("managerEmail", equalTo("responsable@centre.test"))
                .body("conflicts.note", hasItem("Cousin germain de l'autre candidat"))
                .body("conflicts", hasSize(2))
                .body("transitions", hasSize(1))
                .body("actions.to", hasItem("SCHEDULED"));
    }
}
