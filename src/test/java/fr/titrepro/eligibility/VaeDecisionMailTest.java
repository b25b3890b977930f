package fr.titrepro.eligibility;

import fr.titrepro.security.Roles;
import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.SmtpServer;
import fr.titrepro.support.VaeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: « VAE applicant (when an e-mail is known): recevabilité decision » — the adviser's decision, through the
 * API, queues one message to the applicant, delivered by the sender to the real SMTP server (GreenMail); a decision
 * refused by the rules queues nothing.
 */
@QuarkusTest
@ExtendWith(SmtpServer.class)
class VaeDecisionMailTest {

    @Inject
    MailFixtures mails;

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void theApplicantIsToldTheDecisionOnce() {
        String address = MailFixtures.address("vae");
        Map<String, Object> body = VaeFixtures.eligibleTri(VaeFixtures.uniqueName());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) body.get("person");
        person.put("email", address);
        long id = create(body);
        // a decision refused (no decision given): nothing is queued
        given().contentType(ContentType.JSON).body(Map.of("date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(400);
        mails.drain();
        assertThat(MailFixtures.receivedBy(address)).isEmpty();

        String reference = given().contentType(ContentType.JSON)
                .body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString(),
                        "reasons", "Expérience en rapport direct."))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(200)
                .extract().path("decision.reference");
        mails.drain();
        mails.drain(); // a second pass sends nothing more
        List<MailFixtures.Received> got = MailFixtures.receivedBy(address);
        assertThat(got).hasSize(1);
        assertThat(got.getFirst().subject()).isEqualTo("Décision de recevabilité de votre demande VAE : recevable");
        assertThat(got.getFirst().text()).contains("Camille, Marie").contains(reference).contains("elle est recevable")
                .contains("Motifs : Expérience en rapport direct.").contains("jusqu'au ")
                .contains("demande de VAE suivie par un conseiller");
    }

    private static long create(Map<String, Object> body) {
        String location = given().contentType(ContentType.JSON).body(body).post("/api/vae/applications")
                .then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
