package fr.titrepro.eligibility;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.SessionFixtures;
import fr.titrepro.support.Tokens;
import fr.titrepro.support.VaeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole VAE path across capabilities, with real Keycloak tokens: the adviser records a RECEVABLE decision, the
 * centre links the person and enrols them in a session titre; the same person without recevabilité is refused.
 */
@QuarkusTest
class VaeToSessionEnrolmentTest {

    @Inject
    SessionFixtures sessions;

    @Test
    void aRecevableCandidateIsEnrolledInASessionTitre() {
        sessions.centreOfStaff("centre");
        long sessionId = sessions.plannedSession("centre", LocalDate.now().plusDays(40));
        String name = CandidateFixtures.uniqueName("Vaeparcours");

        // before any recevabilité, the person is followed for completing the title by capitalisation (PARTIAL):
        // a session titre is refused
        long candidateId = given().auth().oauth2(Tokens.of("centre")).contentType(ContentType.JSON)
                .body(vaePerson(name).json())
                .post("/api/candidates").then().log().ifValidationFails().statusCode(201)
                .extract().<Number>path("candidate.id").longValue();
        given().auth().oauth2(Tokens.of("centre")).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidateId))
                .post("/api/sessions/" + sessionId + "/enrolments").then().log().ifValidationFails().statusCode(422)
                .contentType("application/problem+json");

        // the adviser records the recevabilité: the same person (same identity) is proposed, nothing changes until the
        // adviser confirms the link (DOMAIN « VAE eligibility »)
        long applicationId = given().auth().oauth2(Tokens.of("conseiller")).contentType(ContentType.JSON)
                .body(VaeFixtures.eligibleTri(name))
                .post("/api/vae/applications").then().log().ifValidationFails().statusCode(201)
                .extract().<Number>path("id").longValue();
        given().auth().oauth2(Tokens.of("conseiller")).contentType(ContentType.JSON)
                .body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString(),
                        "reasons", "Expérience en rapport direct avec le titre."))
                .post("/api/vae/applications/" + applicationId + "/decision").then().log().ifValidationFails().statusCode(200)
                .body("state", equalTo("RECEVABLE"))
                .body("decision.link.status", equalTo("PROPOSED"));
        given().auth().oauth2(Tokens.of("centre")).get("/api/candidates/" + candidateId).then().statusCode(200)
                .body("pathway", equalTo("PARTIAL"));
        given().auth().oauth2(Tokens.of("conseiller")).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/vae/applications/" + applicationId + "/link").then().log().ifValidationFails()
                .statusCode(200).body("decision.link.status", equalTo("CONFIRMED"));
        given().auth().oauth2(Tokens.of("centre")).get("/api/candidates/" + candidateId).then().log().ifValidationFails().statusCode(200)
                .body("pathway", equalTo("VAE"))
                .body("vaeDecisionDate", equalTo(LocalDate.now().toString()));

        // now the centre enrols them in the session titre
        given().auth().oauth2(Tokens.of("centre")).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidateId))
                .post("/api/sessions/" + sessionId + "/enrolments").then().log().ifValidationFails().statusCode(201)
                .body("finalInterview", equalTo(true));
    }

    /** The identity of VaeFixtures.person(name), registered by a centre to complete TRI by capitalisation. */
    private static CandidateFixtures.Person vaePerson(String name) {
        CandidateFixtures.Person p = CandidateFixtures.person().named(name, "Camille, Marie");
        p.birthDate = LocalDate.of(1990, 5, 14);
        p.birthCommune = "Nantes";
        p.birthDepartment = "44";
        p.pathway = Pathway.PARTIAL;
        p.trainingStart = null;
        p.trainingEnd = null;
        return p;
    }
}
