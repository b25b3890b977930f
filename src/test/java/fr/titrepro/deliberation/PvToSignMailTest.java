package fr.titrepro.deliberation;

import fr.titrepro.notification.Outbox;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import fr.titrepro.support.SmtpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.decision;
import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « juror: PV ready to sign », through the real SMTP server: when the jury has a decision for every
 * candidate, each member of the jury gets exactly one message with the link to the deliberation page (not before the
 * last decision, not again when a decision is changed); a rectified PV after an appeal gets its own message, to the
 * jurors who sign it only (a juror with a declared link with the appellant does not).
 */
@QuarkusTest
@ExtendWith(SmtpServer.class)
class PvToSignMailTest {

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures deliberation;

    @Inject
    SessionFixtures sessions;

    @Inject
    MailFixtures mails;

    @Inject
    Outbox outbox;

    @Test
    void theJuryIsAskedToSignOncePerPvVersion() {
        ScoringFixtures.Scenario s = scoring.scenario().trainees(2).jurors("jury", "jury2", "jury3")
                .status(SessionStatus.DELIBERATION).conflict("jury3", 0).create();
        sessions.siteIn(s.sessionId(), "69007", "Lyon");
        for (int i = 0; i < 2; i++) {
            deliberation.agree(s.sessionId(), s.enrolment(i), 1, Verdict.ACQUIRED);
            deliberation.agree(s.sessionId(), s.enrolment(i), 2, Verdict.ACQUIRED);
        }
        String outsiderLogin = "t15-pv-" + SessionFixtures.unique();
        scoring.juror(outsiderLogin);
        String outsider = mails.jurorEmail(outsiderLogin);
        String jury = mails.jurorEmail("jury");
        String jury2 = mails.jurorEmail("jury2");
        String jury3 = mails.jurorEmail("jury3");
        String prefix = "session:" + s.sessionId() + ":pv-to-sign:";

        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(0)))
                .then().statusCode(200);
        assertThat(outbox.withKeyPrefix(prefix)).isEmpty();
        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(1)))
                .then().statusCode(200);
        // a decision changed before signing: no second message
        as("jury2").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(1)))
                .then().statusCode(200);
        mails.drain();

        for (String juror : List.of(jury, jury2, jury3)) {
            assertThat(MailFixtures.receivedBy(juror)).as(juror).singleElement().satisfies(r -> {
                assertThat(r.subject()).startsWith("PV prêt à signer : ");
                assertThat(r.text()).contains("Le jury a pris une décision pour chaque candidat")
                        .contains("le procès-verbal est prêt à être signé")
                        .contains("/sessions/" + s.sessionId() + "/deliberation")
                        .contains("appelé(e) à signer son procès-verbal");
            });
        }
        assertThat(MailFixtures.receivedBy(outsider)).isEmpty();

        for (String login : List.of("jury", "jury2", "jury3")) {
            as(login).post(path(s, "/pv/signatures")).then().statusCode(200);
        }
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200);
        long appealId = as("admin").body(Map.of("enrolmentId", s.enrolment(0), "receivedOn",
                        FrenchDates.today().toString(), "motive", "Le candidat conteste la décision."))
                .post(path(s, "/appeals")).then().statusCode(201).extract().jsonPath().getLong("id");
        mails.drain();
        int before3 = MailFixtures.receivedBy(jury3).size();
        as("jury").body(Map.of("ccpDecisions", Map.of("2", "ACQUIRED"), "reason",
                        "Réexamen du dossier : l'épreuve du CCP 2 a été perturbée par une panne."))
                .post(path(s, "/appeals/" + appealId + "/decision")).then().statusCode(200);
        mails.drain();

        for (String juror : List.of(jury, jury2)) {
            assertThat(MailFixtures.receivedBy(juror)).as(juror)
                    .filteredOn(r -> r.subject().startsWith("PV rectificatif à signer : ")).singleElement()
                    .satisfies(r -> assertThat(r.text()).contains("procès-verbal rectificatif (version 2)")
                            .contains("/sessions/" + s.sessionId() + "/deliberation"));
        }
        assertThat(MailFixtures.receivedBy(jury3)).hasSize(before3)
                .noneMatch(r -> r.subject().startsWith("PV rectificatif"));
        assertThat(outbox.withKeyPrefix(prefix + "v2:")).hasSize(2);
        assertThat(MailFixtures.receivedBy(outsider)).isEmpty();
    }
}
