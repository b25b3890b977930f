package fr.titrepro.notification;

import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.MailFixtures.Received;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fr.titrepro.support.ScoringFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 15, the outbox's guarantees through a real SMTP server: « killing the sender between send and mark
 * (simulated) does not duplicate; an SMTP server that is down delays but loses nothing »; a DEAD message after the
 * last attempt (3 in the test profile), seen and retried by an administrator (docs/notifications.md « Garanties »).
 */
@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    MailFixtures mails;

    @Inject
    Outbox outbox;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxSender sender;

    @BeforeEach
    void smtpUpAndNothingDue() {
        MailFixtures.start();
        mails.drain(Instant.now().plus(Duration.ofDays(1)));
    }

    /** The server up again for the next classes (SmtpServer leaves it running). */
    @AfterAll
    static void restartSmtp() {
        MailFixtures.start();
    }

    static MailDraft draft(String to, String key) {
        return new MailDraft(MailEvent.RESULT_AVAILABLE, "test:" + key, new Recipient(to, "Camille Test", null),
                "Votre résultat est disponible : test", "Bonjour,\n\nVotre résultat est disponible.",
                "Vous recevez ce message parce que vous êtes candidat(e).", null, "/me/documents", null);
    }

    OutboxMessage only(String to) {
        return outbox.withKeyPrefix("test:" + to).getFirst();
    }

    @Test
    void aSenderStoppedBetweenSendAndMarkNeverMailsTwiceOnItsOwn() {
        String to = MailFixtures.address("crash");
        mails.enqueue(draft(to, to));
        Instant now = Instant.now();
        List<OutboxMessage> claimed = delivery.claim(now, "instance-arretee");
        OutboxMessage m = claimed.stream().filter(x -> to.equals(x.recipientEmail)).findFirst().orElseThrow();
        sender.deliver(m); // handed to the SMTP server, then the instance stops: never marked SENT

        // later runs (any instance): the interrupted claim is not sent again, an administrator decides
        mails.drain(now.plus(Duration.ofMinutes(11)));
        mails.drain(now.plus(Duration.ofHours(2)));
        assertThat(MailFixtures.receivedBy(to)).hasSize(1);
        OutboxMessage after = outbox.get(m.id);
        assertThat(after.state).isEqualTo(OutboxState.DEAD);
        assertThat(after.lastError).contains("interrompu").contains("instance-arretee");

        as("admin").get("/api/admin/mails?state=DEAD&size=100").then().statusCode(200)
                .body("messages.items.id", hasItem(m.id.intValue()))
                .body("counts.DEAD", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        // the administrator checked and retries: the new attempt carries the same Message-ID
        as("admin").post("/api/admin/mails/" + m.id + "/retry").then().statusCode(200)
                .body("state", equalTo("PENDING"));
        as("admin").post("/api/admin/mails/" + m.id + "/retry").then().statusCode(409)
                .body("type", equalTo("urn:titrepro:problem:conflict"));
        mails.drain(now.plus(Duration.ofHours(3)));
        List<Received> received = MailFixtures.receivedBy(to);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).messageId()).isEqualTo(received.get(0).messageId()).isEqualTo(m.messageId());
    }

    @Test
    void anSmtpServerDownDelaysTheMessageWhichLeavesWhenItIsBack() {
        String to = MailFixtures.address("panne");
        MailFixtures.stop();
        mails.enqueue(draft(to, to));
        Instant t = Instant.now();
        sender.sendDue(t);
        OutboxMessage waiting = only(to);
        assertThat(waiting.state).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.attempts).isEqualTo(1);
        assertThat(waiting.lastError).startsWith("Serveur de courriel");
        assertThat(waiting.nextAttemptAt).isAfter(t.plusSeconds(59));
        sender.sendDue(t.plusSeconds(30)); // not due yet: no attempt
        assertThat(only(to).attempts).isEqualTo(1);

        MailFixtures.start();
        mails.drain(t.plus(Duration.ofMinutes(2)));
        assertThat(MailFixtures.receivedBy(to)).singleElement()
                .satisfies(r -> assertThat(r.subject()).isEqualTo("Votre résultat est disponible : test"));
        assertThat(only(to).state).isEqualTo(OutboxState.SENT);
        assertThat(only(to).attempts).isEqualTo(2);
    }

    @Test
    void afterTheLastAttemptTheMessageIsDeadShownToAdminsAndRetriedWithConfirmation() {
        String to = MailFixtures.address("echec");
        MailFixtures.stop();
        mails.enqueue(draft(to, to));
        Instant t = Instant.now();
        sender.sendDue(t);
        sender.sendDue(t.plus(Duration.ofMinutes(1)));
        assertThat(only(to).state).isEqualTo(OutboxState.PENDING);
        sender.sendDue(t.plus(Duration.ofMinutes(3)));
        OutboxMessage dead = only(to);
        assertThat(dead.state).isEqualTo(OutboxState.DEAD);
        assertThat(dead.attempts).isEqualTo(3);

        as("admin").accept("text/html").get("/admin/mails?state=DEAD").then().statusCode(200)
                .body(containsString("Courriels envoyés")).body(containsString(to));
        // an unknown state is refused next to the filter (issue 17), the page listing every message
        as("admin").accept("text/html").get("/admin/mails?state=NOPE").then().statusCode(400)
                .body(containsString("id=\"f-state-error\"")).body(containsString("Valeur inconnue."))
                .body(containsString("aria-invalid=\"true\"")).body(containsString(to));
        as("admin").accept("text/html").get("/").then().statusCode(200)
                .body(containsString("id=\"mail-counts\"")).body(containsString("en échec"));
        as("admin").accept("text/html").get("/admin/mails/" + dead.id).then().statusCode(200)
                .body(containsString("Relancer l'envoi")).body(containsString("srcdoc="));
        as("admin").accept("text/html").contentType("application/x-www-form-urlencoded")
                .post("/admin/mails/" + dead.id + "/retry").then().statusCode(200)
                .body(containsString("Cochez la case de confirmation"));
        assertThat(only(to).state).isEqualTo(OutboxState.DEAD);
        as("admin").accept("text/html").contentType("application/x-www-form-urlencoded").formParam("confirm", "oui")
                .redirects().follow(false).post("/admin/mails/" + dead.id + "/retry").then().statusCode(303);
        MailFixtures.start();
        mails.drain(t.plus(Duration.ofMinutes(4)));
        assertThat(MailFixtures.receivedBy(to)).hasSize(1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("titrepro_notification_outbox{state=\"dead\"}"));
    }

    @Test
    void onlyAdminsReadTheOutboxAndEachPersonSetsTheirOwnReminders() {
        as("centre").get("/api/admin/mails").then().statusCode(403);
        as("jury").get("/api/admin/mails").then().statusCode(403);
        given().get("/api/admin/mails").then().statusCode(401);
        as("admin").get("/api/admin/mails?state=NOPE").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));

        as("candidat").contentType("application/json").body("{}").put("/api/me/notification-preferences").then()
                .statusCode(400).body("errors[0].field", equalTo("reminders"));
        as("candidat").contentType("application/json").body("{\"reminders\":false}")
                .put("/api/me/notification-preferences").then().statusCode(200).body("reminders", equalTo(false));
        assertThat(outbox.reminders("candidat")).isFalse();
        as("candidat").contentType("application/json").body("{\"reminders\":true}")
                .put("/api/me/notification-preferences").then().statusCode(200).body("reminders", equalTo(true));
        as("centre").get("/api/me/notification-preferences").then().statusCode(403);

        // the same choice on the page « Mes courriels » (an unchecked box is not sent: reminders off)
        as("jury").accept("text/html").get("/me/notifications").then().statusCode(200)
                .body(containsString("Recevoir les rappels avant mes sessions"));
        as("jury").accept("text/html").contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .post("/me/notifications").then().statusCode(303);
        assertThat(outbox.reminders("jury")).isFalse();
        as("jury").accept("text/html").contentType("application/x-www-form-urlencoded").formParam("reminders", "oui")
                .redirects().follow(false).post("/me/notifications").then().statusCode(303);
        assertThat(outbox.reminders("jury")).isTrue();
        as("admin").accept("text/html").get("/me/notifications").then().statusCode(403);
    }
}
