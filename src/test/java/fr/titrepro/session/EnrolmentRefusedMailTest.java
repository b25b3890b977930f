package fr.titrepro.session;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.notification.Outbox;
import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.SmtpServer;
import fr.titrepro.support.MailFixtures.Received;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 15, « centre: enrolment refused by a late rule change », played through the API with the real SMTP server:
 * two candidates are enrolled in a session CCP while the title is active; the administration then closes the title
 * (re-import of its référentiel, end of validity two months ago: fiche TP-00496 l. 98, a closed title only accepts
 * candidates completing it for one year); when the centre confirms the session, the newcomer's enrolment is refused
 * with the French reason (session page and API), the candidate completing the title is convened, and the centre's
 * contact address gets exactly one message listing the refused candidate and why; the other centre nothing, the
 * refused candidate no convocation.
 */
@QuarkusTest
@ExtendWith(SmtpServer.class)
class EnrolmentRefusedMailTest {

    @Inject
    SessionFixtures sessions;

    @Inject
    MailFixtures mails;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void theRulesCheckedAgainAtTheConfirmationRefuseAnEnrolmentAndTellTheCentre() {
        String code = SessionFixtures.uniqueTitleCode();
        String yaml = ReferentialFixtures.sampleTitle(code, "Titre bientôt clos " + code);
        sessions.importTitle(yaml);
        long centre = sessions.centreOfStaff("centre");
        sessions.approval(centre, code, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        String contact = mails.centreContact("centre");
        sessions.centreOfStaff("centre2");
        String otherContact = mails.centreContact("centre2");
        LocalDate start = LocalDate.now().plusDays(25);
        long session = as("centre").body(Map.of("titleCode", code, "type", "CCP", "ccpNumbers", List.of(1, 2),
                        "startDate", start.toString(), "endDate", start.toString(), "capacity", 5,
                        "managerName", "Responsable centre"))
                .post("/api/sessions").then().statusCode(201).extract().jsonPath().getLong("session.id");
        long completing = sessions.candidate().pathway(Pathway.PARTIAL).named("Complete" + SessionFixtures.unique(),
                "Ana").followedBy(centre).create();
        sessions.holds(completing, code, "01", 1);
        long newcomer = sessions.candidate().pathway(Pathway.PARTIAL).named("Nouveau" + SessionFixtures.unique(),
                "Noé").followedBy(centre).create();
        String ana = MailFixtures.address("ana");
        String noe = MailFixtures.address("noe");
        mails.candidateEmail(completing, ana);
        mails.candidateEmail(newcomer, noe);
        for (long candidate : List.of(completing, newcomer)) {
            as("centre").body(Map.of("candidateId", candidate)).post("/api/sessions/" + session + "/enrolments")
                    .then().statusCode(201);
        }
        mails.drain();

        // the late rule change: the administration closes the title (its référentiel imported again)
        LocalDate end = LocalDate.now().minusMonths(2);
        sessions.importTitle(yaml.replace("validUntil: 2028-12-31\nstatus: ACTIVE",
                "validUntil: " + end + "\nstatus: CLOSED\nclosedOn: " + end));

        as("centre").body(Map.of("to", "SCHEDULED")).post("/api/sessions/" + session + "/transitions").then()
                .statusCode(200).body("session.status", equalTo("SCHEDULED"))
                .body("refusedEnrolments", hasSize(1))
                .body("refusedEnrolments[0].candidateId", equalTo((int) newcomer))
                .body("refusedEnrolments[0].reason", containsString("Titre clos : "))
                .body("refusedEnrolments[0].reason", containsString("ne détient aucun CCP du titre " + code));
        as("centre").get("/api/sessions/" + session + "/enrolments").then().statusCode(200)
                .body("candidateId", equalTo(List.of((int) completing)));
        String page = as("centre").accept("text/html").get("/sessions/" + session).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Inscriptions refusées à la programmation").contains("Titre clos : ");
        // the other centre does not see the refusals of this one
        as("centre2").get("/api/sessions/" + session).then().statusCode(404);

        mails.drain();
        String newcomerName = name(newcomer);
        assertThat(MailFixtures.receivedBy(contact)).singleElement().satisfies(r -> {
            assertThat(r.subject()).startsWith("Inscriptions refusées à la programmation : Session CCP");
            assertThat(r.text()).contains("vient d'être programmée")
                    .contains("- " + newcomerName + " : Titre clos : ")
                    .doesNotContain(name(completing))
                    .contains("/sessions/" + session)
                    .contains("votre centre organise cette session");
        });
        assertThat(MailFixtures.receivedBy(otherContact)).isEmpty();
        assertThat(MailFixtures.receivedBy(noe)).isEmpty();
        assertThat(MailFixtures.receivedBy(ana)).singleElement()
                .satisfies(r -> assertThat(r.subject()).startsWith("Convocation : "));
        assertThat(outbox.withKeyPrefix("session:" + session + ":enrolments-refused")).hasSize(1);
    }

    private String name(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(fr.titrepro.candidate.Candidate.class,
                candidateId).fullName());
    }
}
