package fr.titrepro.candidate;

import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CandidateFixtures.Person;
import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.SmtpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static fr.titrepro.candidate.LinkRequestResourceTest.as;
import static fr.titrepro.candidate.LinkRequestResourceTest.requestOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: « centre: link request accepted or refused » — the administration answers two requests of « centre2 »
 * through the API; the sender delivers one message per answer to centre2's contact address (GreenMail), none to the
 * centre that holds the record.
 */
@QuarkusTest
@ExtendWith(SmtpServer.class)
class LinkAnsweredMailTest {

    @Inject
    MailFixtures mails;

    @Test
    void theCentreThatAskedIsToldTheAnswer() {
        String asking = mails.centreContact("centre2");
        String holding = mails.centreContact("centre");
        Person p = CandidateFixtures.person();
        as("centre").body(p.json()).post("/api/candidates").then().statusCode(201);
        as("centre2").body(p.json()).post("/api/candidates?link=true").then().statusCode(202);
        int accepted = requestOf("centre2", p.birthName.toUpperCase() + " Camille Marie");
        Person q = CandidateFixtures.person();
        as("centre").body(q.json()).post("/api/candidates").then().statusCode(201);
        as("centre2").body(q.json()).post("/api/candidates?link=true").then().statusCode(202);
        int refused = requestOf("centre2", q.birthName.toUpperCase() + " Camille Marie");

        as("admin").post("/api/candidates/link-requests/" + accepted + "/accept").then().statusCode(200);
        as("admin").post("/api/candidates/link-requests/" + refused + "/refuse").then().statusCode(200);
        as("admin").post("/api/candidates/link-requests/" + refused + "/accept").then().statusCode(422);
        mails.drain();
        mails.drain();

        List<MailFixtures.Received> got = MailFixtures.receivedBy(asking);
        assertThat(got).extracting(MailFixtures.Received::subject).containsExactlyInAnyOrder(
                "Demande de rattachement acceptée : " + p.birthName.toUpperCase() + " Camille Marie",
                "Demande de rattachement refusée : " + q.birthName.toUpperCase() + " Camille Marie");
        assertThat(got).filteredOn(m -> m.subject().contains("acceptée")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("réponse de l'administration").contains("elle est acceptée")
                        .contains("/candidates/link-requests"));
        assertThat(MailFixtures.receivedBy(holding)).isEmpty();
    }
}
