package fr.titrepro.scoring;

import fr.titrepro.notification.Outbox;
import fr.titrepro.notification.OutboxMessage;
import fr.titrepro.scoring.alert.OpenGridAlerts;
import fr.titrepro.support.MailFixtures.Received;
import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SmtpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « juror: grid still open at the end of a session day », through the real SMTP server: at the end of a
 * day of a session being scored, each juror with grids not handed in gets exactly one message listing those
 * candidates (name as the grid shows it) with the link to each grid page; a juror who handed everything in, or who
 * is not on the jury, gets nothing; a second run the same evening sends nothing more.
 */
@QuarkusTest
@ExtendWith(SmtpServer.class)
class OpenGridAlertMailTest {

    @Inject
    ScoringFixtures scoring;

    @Inject
    MailFixtures mails;

    @Inject
    OpenGridAlerts alerts;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void eachJurorWithOpenGridsIsToldOnceWhichCandidatesWait() {
        // a day no other test uses: the shared jurors sit on other tests' sessions of today
        LocalDate day = LocalDate.now().plusYears(5).plusDays(ThreadLocalRandom.current().nextInt(3000));
        ScoringFixtures.Scenario s = scoring.scenario().trainees(2).jurors("jury", "jury2").startingOn(day)
                .conflict("jury2", 1).create();
        String jury = mails.jurorEmail("jury");
        String jury2 = mails.jurorEmail("jury2");
        scoring.juror("jury3");
        String jury3 = mails.jurorEmail("jury3");
        mails.drain();
        // jury hands in every grid of the first candidate and opens the second's; jury2 opened nothing
        ScoringFixtures.gridIds("jury", s, 0);
        ScoringFixtures.gridIds("jury", s, 1);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update EvaluationGrid g set g.status = ?1 "
                        + "where g.enrolmentId = ?2 and g.jurorId = ?3").setParameter(1, GridStatus.SUBMITTED)
                .setParameter(2, s.enrolment(0)).setParameter(3, s.jurorIds().get("jury")).executeUpdate());
        String first = name(s.enrolment(0));
        String second = name(s.enrolment(1));

        // the day before the session: nothing
        assertThat(alerts.alert(day.minusDays(1))).isZero();
        assertThat(alerts.alert(day)).isEqualTo(2);
        assertThat(alerts.alert(day)).isEqualTo(2); // the same evening again: the keys are already queued
        mails.drain();

        String date = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
        assertThat(MailFixtures.receivedBy(jury)).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("Grilles non soumises (" + date + ") : " + label(s));
            assertThat(r.text()).contains("Bonjour Dominique")
                    .contains("La journée du " + date)
                    .contains("- " + second + " : ")
                    .contains("/scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(1))
                    .doesNotContain(first)
                    .contains("elle ne dépend pas de vos préférences de rappels")
                    .contains("Contact : Responsable test");
        });
        // jury2 never opened the first candidate's grids (not theirs for the second: declared link)
        assertThat(MailFixtures.receivedBy(jury2)).singleElement().satisfies(r -> assertThat(r.text())
                .contains("- " + first + " : ")
                .contains("/scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(0))
                .doesNotContain(second));
        assertThat(MailFixtures.receivedBy(jury3)).isEmpty();
        assertThat(outbox.withKeyPrefix("session:" + s.sessionId() + ":open-grids:" + day + ":"))
                .extracting(m -> m.key).containsExactlyInAnyOrder(
                        "session:" + s.sessionId() + ":open-grids:" + day + ":juror:" + s.jurorIds().get("jury"),
                        "session:" + s.sessionId() + ":open-grids:" + day + ":juror:" + s.jurorIds().get("jury2"));

        // the next day jury2 still has not scored: a new message, for that day
        assertThat(alerts.alert(day.plusDays(1))).isEqualTo(2);
        mails.drain();
        assertThat(MailFixtures.receivedBy(jury2)).hasSize(2);
        assertThat(outbox.withKeyPrefix("session:" + s.sessionId() + ":open-grids:"))
                .extracting((OutboxMessage m) -> m.recipientEmail).doesNotContain(jury3);
    }

    private String name(long enrolmentId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(fr.titrepro.session.enrolment.Enrolment.class,
                enrolmentId).candidate.fullName());
    }

    private String label(ScoringFixtures.Scenario s) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(fr.titrepro.session.ExamSession.class,
                s.sessionId()).label());
    }
}
