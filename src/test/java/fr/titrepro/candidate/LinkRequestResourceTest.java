package fr.titrepro.candidate;

import fr.titrepro.session.SessionStatus;
import fr.titrepro.referential.SessionType;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CandidateFixtures.Person;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.ConsentFixtures;
import fr.titrepro.support.SessionFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 12, « A centre can take over another centre's candidate by knowing the identity »: with real tokens,
 * « centre2 » registers with link=true a person followed only by « centre ». It now gets a pending link request and
 * nothing of the record until the person (« candidat », through /api/me) or, for a person without a login, the
 * administration accepts. A centre's erasure stops only its own follow; nobody erases a person enrolled in a session
 * that is not over.
 */
@QuarkusTest
class LinkRequestResourceTest {

    @Inject
    CentreFixtures fixtures;

    @Inject
    ConsentFixtures consent;

    @Inject
    SessionFixtures sessions;

    @Inject
    CandidateRepository candidates;

    long centreA;
    long centreB;

    @BeforeEach
    void centres() {
        centreA = fixtures.centreOf("centre");
        centreB = fixtures.centreOf("centre2");
    }

    @Test
    void theTakeoverIsNowAPendingRequestThatShowsNothingOfTheRecord() {
        Person p = CandidateFixtures.person();
        p.extraTimePercent = 33;
        p.accommodationNotes = "Dyslexie";
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        String reference = candidates.findById((long) id).reference;

        Person typed = CandidateFixtures.person().named(p.birthName.toUpperCase(), "Camille");
        typed.phone = "07 00 00 00 00";
        typed.email = "centre2@exemple.test";
        String body = as("centre2").body(typed.json()).post("/api/candidates?link=true").then().statusCode(202)
                .header("Location", containsString("/api/candidates/link-requests/"))
                .body("outcome", equalTo("LINK_REQUESTED"))
                .body("message", containsString("demande de rattachement en attente"))
                .body("candidate", nullValue())
                .body("linkRequest.status", equalTo("PENDING"))
                .body("linkRequest.typedFullName", equalTo(p.birthName.toUpperCase() + " Camille"))
                .body("linkRequest.candidateId", nullValue())
                .body("linkRequest.candidateReference", nullValue())
                .extract().asString();
        assertThat(body).doesNotContain(reference).doesNotContain("Dyslexie").doesNotContain("06 12 34 56 78")
                .doesNotContain("Camille Marie");
        int request = requestOf("centre2", p.birthName.toUpperCase() + " Camille");

        // no follow: the record, its edition, its export and its erasure stay "not found"
        as("centre2").get("/api/candidates/" + id).then().statusCode(404);
        as("centre2").get("/api/candidates/" + id + "/export").then().statusCode(404);
        as("centre2").body(typed.json()).put("/api/candidates/" + id).then().statusCode(404);
        as("centre2").delete("/api/candidates/" + id).then().statusCode(404);
        as("centre2").get("/api/candidates?query=" + p.birthName).then().body("total", equalTo(0));
        // asking twice asks once; without link the 409 no longer gives the reference
        as("centre2").body(typed.json()).post("/api/candidates?link=true").then().statusCode(202)
                .body("linkRequest.id", equalTo(request));
        as("centre2").body(typed.json()).post("/api/candidates").then().statusCode(409)
                .body("existingReference", nullValue()).body("existingId", nullValue())
                .body("followedByYourCentre", equalTo(false))
                .body("detail", not(containsString(reference)));
        // the centre that asks cannot answer; another centre does not see the request
        as("centre2").post("/api/candidates/link-requests/" + request + "/accept").then().statusCode(403);
        as("centre").get("/api/candidates/link-requests/" + request).then().statusCode(404);
        assertThat(candidates.findById((long) id).isFollowedBy(centreB)).isFalse();
        // the already-followed case is as before
        as("centre").body(p.json()).post("/api/candidates?link=true").then().statusCode(200)
                .body("outcome", equalTo("ALREADY_FOLLOWED")).body("candidate.id", equalTo(id));
    }

    @Test
    void theAdministrationAnswersForAPersonWithoutALogin() {
        Person p = CandidateFixtures.person();
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        as("centre2").body(p.json()).post("/api/candidates?link=true").then().statusCode(202);
        int request = requestOf("centre2", p.birthName.toUpperCase() + " Camille Marie");
        as("admin").get("/api/candidates/link-requests").then().statusCode(200)
                .body("id", hasItem(request))
                .body("find { it.id == " + request + " }.candidateId", equalTo(id))
                .body("find { it.id == " + request + " }.centreName", containsString("centre2"));

        as("admin").post("/api/candidates/link-requests/" + request + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        as("admin").post("/api/candidates/link-requests/" + request + "/refuse").then().statusCode(422)
                .body("detail", containsString("déjà reçu une réponse"));
        as("centre2").get("/api/candidates/link-requests/" + request).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("candidateId", equalTo(id));
        as("centre2").get("/api/candidates/" + id).then().statusCode(200)
                .body("accommodations", not(nullValue()))
                .body("followedBy.id", equalTo(List.of((int) centreB)));
        as("admin").get("/api/candidates/" + id).then().body("followedBy.id", hasItems((int) centreA, (int) centreB));

        // a refusal leaves the record closed
        Person q = CandidateFixtures.person();
        int other = as("centre").body(q.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        as("centre2").body(q.json()).post("/api/candidates?link=true").then().statusCode(202);
        int refused = requestOf("centre2", q.birthName.toUpperCase() + " Camille Marie");
        as("admin").post("/api/candidates/link-requests/" + refused + "/refuse").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        as("centre2").get("/api/candidates/" + other).then().statusCode(404);
        as("centre2").get("/api/candidates/link-requests/" + refused).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("candidateId", nullValue());
    }

    @Test
    void thePersonWithALoginAnswersThroughMonDossier() {
        long me = fixtures.candidateOf("candidat", "centre2");
        if (!candidates.findById(me).isFollowedBy(centreB)) {
            sessions.follow(me, centreB);
        }
        Person typed = consent.notFollowedBy(me, centreA);
        as("centre").body(typed.json()).post("/api/candidates?link=true").then().statusCode(202);
        int request = requestOf("centre", typed.birthName.toUpperCase() + " " + typed.firstNames);
        // the person has a login: the administration does not answer for them
        as("admin").post("/api/candidates/link-requests/" + request + "/accept").then().statusCode(422)
                .body("detail", containsString("c'est à elle d'accepter ou de refuser"));
        as("candidat2").post("/api/me/link-requests/" + request + "/accept").then().statusCode(404);
        as("candidat").get("/api/me/link-requests").then().statusCode(200)
                .body("find { it.id == " + request + " }.status", equalTo("PENDING"))
                .body("find { it.id == " + request + " }.centreId", equalTo((int) centreA));

        as("candidat").post("/api/me/link-requests/" + request + "/refuse").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        as("centre").get("/api/candidates/" + me).then().statusCode(404);

        as("centre").body(typed.json()).post("/api/candidates?link=true").then().statusCode(202);
        int second = requestOf("centre", typed.birthName.toUpperCase() + " " + typed.firstNames);
        assertThat(second).isNotEqualTo(request);
        as("candidat").post("/api/me/link-requests/" + second + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        as("centre").get("/api/candidates/" + me).then().statusCode(200)
                .body("username", equalTo("candidat"));
        as("candidat").post("/api/me/link-requests/" + second + "/refuse").then().statusCode(422);
    }

    @Test
    void aCentresErasureStopsOnlyItsFollowOfAPersonNotItsAlone() {
        Person p = CandidateFixtures.person();
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        sessions.follow(id, centreB);
        as("centre2").delete("/api/candidates/" + id).then().statusCode(200);
        as("centre2").get("/api/candidates/" + id).then().statusCode(404);
        as("centre").get("/api/candidates/" + id).then().statusCode(200)
                .body("birthName", equalTo(p.birthName)).body("followedBy.id", equalTo(List.of((int) centreA)));
        as("admin").get("/api/candidates/" + id).then().statusCode(200).body("birthName", equalTo(p.birthName));

        // a person with a login: the centre, even alone, only stops following
        long me = fixtures.candidateOf("candidat", "centre2");
        Person typed = consent.notFollowedBy(me, centreA);
        sessions.follow(me, centreA);
        as("centre").delete("/api/candidates/" + me).then().statusCode(200);
        as("centre").get("/api/candidates/" + me).then().statusCode(404);
        as("admin").get("/api/candidates/" + me).then().statusCode(200).body("username", equalTo("candidat"));
        as("candidat").get("/api/me/candidate").then().statusCode(200).body("birthName", equalTo(typed.birthName));
        sessions.follow(me, centreA);
    }

    @Test
    void nobodyErasesAPersonEnrolledInASessionThatIsNotOver() {
        Person p = CandidateFixtures.person();
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        long session = sessions.pastSession(centreA, SessionType.TITLE, LocalDate.now().plusDays(30),
                SessionStatus.SCHEDULED, (long) id, null);
        as("centre").delete("/api/candidates/" + id).then().statusCode(422)
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("detail", containsString("inscrite à une session qui n'est pas terminée"))
                .body("detail", containsString("RGPD art. 17(3)(b)"));
        as("admin").delete("/api/candidates/" + id).then().statusCode(422);
        as("admin").get("/api/candidates/" + id).then().statusCode(200).body("birthName", equalTo(p.birthName));

        sessions.forceStatus(session, SessionStatus.VALIDATED);
        as("admin").delete("/api/candidates/" + id).then().statusCode(200);
        as("admin").get("/api/candidates/" + id).then().statusCode(404);
    }

    /** The id of the centre's request about the person it typed under this name. */
    static int requestOf(String staff, String typedFullName) {
        return as(staff).get("/api/candidates/link-requests").then().statusCode(200)
                .extract().path("find { it.typedFullName == '" + typedFullName + "' && it.status == 'PENDING' }.id");
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }
}
