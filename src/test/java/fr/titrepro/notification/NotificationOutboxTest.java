package fr.titrepro.notification;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionReminders;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.MailFixtures.Received;
import fr.titrepro.support.MailFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import fr.titrepro.support.SmtpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, « API or browser tests show, through the real SMTP server, each event producing exactly one message to
 * the right people; a validation that fails and rolls back sends nothing »: the events of a session (confirmation
 * with the convocation PDF, change of dates, cancellation, reminder) and of its PV (signed by the jury, validated,
 * appeal), played through the API, delivered by the sender to GreenMail.
 */
@QuarkusTest
@ExtendWith(SmtpServer.class)
class NotificationOutboxTest {

    @Inject
    SessionFixtures sessions;

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures deliberation;

    @Inject
    MailFixtures mails;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    SessionReminders reminders;

    @Test
    void aConfirmedSessionConvenesEachPersonOnceThenTellsThemOfItsChangeAndCancellation() throws Exception {
        sessions.centreOfStaff("centre");
        LocalDate start = freeForTheJury(LocalDate.now().plusDays(20), -1);
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(2).status(SessionStatus.DRAFT)
                .startingOn(start).create();
        String lea = MailFixtures.address("lea");
        mails.candidateEmail(s.candidateIds().get(0), lea);
        String jury = mails.jurorEmail("jury");
        String jury2 = mails.jurorEmail("jury2");
        mails.drain();

        as("centre").body(Map.of("to", "SCHEDULED")).post("/api/sessions/" + s.sessionId() + "/transitions")
                .then().statusCode(200);
        mails.drain();
        mails.drain();

        List<Received> toLea = MailFixtures.receivedBy(lea);
        assertThat(toLea).hasSize(1);
        Received convocation = toLea.getFirst();
        assertThat(convocation.subject()).startsWith("Convocation : Session titre TRI");
        assertThat(convocation.text()).contains("Vous êtes convoqué(e) à la session d'examen")
                .contains("Vous recevez ce message parce que vous êtes inscrit(e) à cette session")
                .contains("Contact : Responsable").contains("/me/sessions");
        assertThat(convocation.html()).contains("<html lang=\"fr\">").contains("Contact :");
        assertThat(convocation.attachments()).hasSize(1);
        assertThat(convocation.attachments().getFirst().type()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(convocation.attachments().getFirst().bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).containsIgnoringCase("convocation");
        }
        for (String juror : List.of(jury, jury2)) {
            List<Received> toJuror = MailFixtures.receivedBy(juror);
            assertThat(toJuror).hasSize(1);
            assertThat(toJuror.getFirst().subject()).startsWith("Convocation comme membre du jury");
            assertThat(toJuror.getFirst().attachments()).hasSize(1);
        }
        // the second candidate has no address: recorded, with the reason, not sent
        List<OutboxMessage> convocations = outbox.withKeyPrefix("session:" + s.sessionId() + ":convocation:");
        assertThat(convocations).hasSize(4);
        assertThat(convocations).filteredOn(m -> m.state == OutboxState.SKIPPED).singleElement()
                .satisfies(m -> assertThat(m.lastError).contains("Aucune adresse"));

        // new dates: one message each; then cancelled: one message each
        LocalDate moved = freeForTheJury(start.plusDays(7), s.sessionId());
        as("centre").body(Map.of("startDate", moved.toString(), "endDate", moved.plusDays(1).toString(),
                        "capacity", 10, "managerName", "Responsable centre"))
                .put("/api/sessions/" + s.sessionId()).then().log().ifValidationFails().statusCode(200);
        as("centre").body(Map.of("to", "CANCELLED", "reason", "Salle indisponible"))
                .post("/api/sessions/" + s.sessionId() + "/transitions").then().statusCode(200);
        mails.drain();
        assertThat(MailFixtures.receivedBy(lea)).extracting(Received::subject).hasSize(3)
                .anySatisfy(x -> assertThat(x).startsWith("Changement de dates : "))
                .anySatisfy(x -> assertThat(x).startsWith("Session annulée : "));
        assertThat(MailFixtures.receivedBy(lea)).filteredOn(r -> r.subject().startsWith("Session annulée"))
                .singleElement().satisfies(r -> assertThat(r.text()).contains("Motif : Salle indisponible"));
        assertThat(MailFixtures.receivedBy(jury2)).hasSize(3);
    }

    @Test
    void aRefusedValidationSendsNothingAndTheValidationWritesToEachCandidateOnce() {
        ScoringFixtures.Scenario s = scoring.scenario().trainees(2).status(SessionStatus.DELIBERATION).create();
        sessions.siteIn(s.sessionId(), "35000", "Rennes");
        String tom = MailFixtures.address("tom");
        String ines = MailFixtures.address("ines");
        mails.candidateEmail(s.candidateIds().get(0), tom);
        mails.candidateEmail(s.candidateIds().get(1), ines);
        for (int i = 0; i < 2; i++) {
            deliberation.agree(s.sessionId(), s.enrolment(i), 1, Verdict.ACQUIRED);
            deliberation.agree(s.sessionId(), s.enrolment(i), 2, Verdict.ACQUIRED);
        }
        DeliberationFixtures.decideAllAndSign(s, 2);
        // signed by the whole jury: the administration is asked to validate
        assertThat(outbox.withKeyPrefix("session:" + s.sessionId() + ":pv-to-validate:")).singleElement()
                .satisfies(m -> {
                    assertThat(m.recipientEmail).isEqualTo("administration@titrepro.localhost");
                    assertThat(m.subject).startsWith("PV signé, à valider : ");
                });

        // no signatory for Brittany: the validation is refused and rolled back, with its messages
        as("admin").post(path(s, "/pv/validation")).then().statusCode(422);
        assertThat(outbox.withKeyPrefix("session:" + s.sessionId() + ":result:")).isEmpty();
        mails.drain();
        assertThat(MailFixtures.receivedBy(tom)).isEmpty();

        sessions.siteIn(s.sessionId(), "69007", "Lyon");
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200);
        mails.drain();
        for (String candidate : List.of(tom, ines)) {
            assertThat(MailFixtures.receivedBy(candidate)).singleElement().satisfies(r -> {
                assertThat(r.subject()).startsWith("Votre résultat est disponible : ");
                assertThat(r.text()).contains("« Mes documents »").contains("/me/documents")
                        .contains("aucun document n'est joint");
                assertThat(r.attachments()).isEmpty();
            });
        }

        // an appeal: the candidate is told, the jurors asked to re-deliberate
        String jury = mails.jurorEmail("jury");
        as("admin").body(Map.of("enrolmentId", s.enrolment(0), "receivedOn", FrenchDates.today().toString(),
                "motive", "Contestation de la note")).post(path(s, "/appeals")).then().statusCode(201);
        mails.drain();
        assertThat(MailFixtures.receivedBy(tom)).extracting(Received::subject)
                .anySatisfy(x -> assertThat(x).startsWith("Recours enregistré : "));
        assertThat(MailFixtures.receivedBy(ines)).hasSize(1);
        assertThat(MailFixtures.receivedBy(jury)).singleElement()
                .satisfies(r -> assertThat(r.subject()).startsWith("Recours à réexaminer : "));
    }

    @Test
    void theReminderLeavesTwoDaysBeforeOncePerPersonUnlessTurnedOff() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        ScoringFixtures.Scenario s = scoring.scenario().trainees(2).status(SessionStatus.SCHEDULED)
                .startingOn(today.plusDays(2)).create();
        String zoe = MailFixtures.address("zoe");
        String noe = MailFixtures.address("noe");
        mails.candidateEmail(s.candidateIds().get(0), zoe);
        mails.candidateEmail(s.candidateIds().get(1), noe);
        String login = "t15-" + SessionFixtures.unique();
        mails.candidateLogin(s.candidateIds().get(1), login);
        outbox.setReminders(login, false);

        reminders.remind(today);
        reminders.remind(today);
        reminders.remind(today.plusDays(1));
        mails.drain();

        assertThat(MailFixtures.receivedBy(zoe)).singleElement().satisfies(r -> {
            assertThat(r.subject()).startsWith("Rappel : Session titre TRI");
            assertThat(r.text()).contains("Vous pouvez désactiver les rappels");
        });
        assertThat(MailFixtures.receivedBy(noe)).isEmpty();
    }

    /**
     * The first two days from {@code from} on which the jurors {@code jury} and {@code jury2} sit in no other session:
     * the demo's session (SessionJuryDemo, left in the test database) sits them on the Monday three weeks ahead, and
     * moving this test's session onto it was refused as a double booking on Tuesdays and Wednesdays.
     */
    LocalDate freeForTheJury(LocalDate from, long besides) {
        LocalDate day = from;
        while (((Number) em.createNativeQuery("SELECT COUNT(*) FROM jury_member m JOIN juror j ON j.id = m.juror_id "
                        + "JOIN exam_session o ON o.id = m.session_id WHERE j.username IN ('jury', 'jury2') "
                        + "AND o.id <> ?1 AND o.status <> 'CANCELLED' AND o.start_date <= ?2 AND o.end_date >= ?3")
                .setParameter(1, besides).setParameter(2, day.plusDays(1)).setParameter(3, day)
                .getSingleResult()).longValue() > 0) {
            day = day.plusDays(1);
        }
        return day;
    }
}
