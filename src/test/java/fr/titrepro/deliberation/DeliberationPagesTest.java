package fr.titrepro.deliberation;

import fr.titrepro.referential.SessionType;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.security.Roles;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The deliberation page: what each role sees, the juror's forms, refusals shown next to the form that failed. */
@QuarkusTest
class DeliberationPagesTest {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String STAFF = "t6-centre-pages";
    static final String REASON = "Le candidat a présenté au jury un dossier complet et une argumentation solide.";

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures fixtures;

    /** Two candidates in deliberation: CCP 1 + 2 acquired; CCP 1 acquired, CCP 2 not acquired. */
    ScoringFixtures.Scenario deliberating(ScoringFixtures.ScenarioBuilder builder) {
        ScoringFixtures.Scenario s = builder.trainees(2).status(SessionStatus.DELIBERATION).create();
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(1), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(1), 2, Verdict.NOT_ACQUIRED);
        return s;
    }

    static String page(ScoringFixtures.Scenario s) {
        return "/sessions/" + s.sessionId() + "/deliberation";
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void aJurorDecidesThroughTheFormsAndARefusalIsShownNextToTheFormThatFailed() {
        ScoringFixtures.Scenario s = deliberating(scoring.scenario());
        String decide0 = page(s) + "/" + s.enrolment(0);
        String decide1 = page(s) + "/" + s.enrolment(1);
        given().accept("text/html").get(page(s)).then().statusCode(200)
                .body(allOf(containsString("Délibération et procès-verbal"), containsString("En délibération"),
                        containsString("action=\"/sessions/" + s.sessionId() + "/deliberation/" + s.enrolment(0)),
                        containsString("action=\"/sessions/" + s.sessionId() + "/deliberation/" + s.enrolment(1)),
                        containsString("CCP 2 : Non acquis"), containsString("Projet de PV (PDF)"),
                        containsString("href=\"/api/sessions/" + s.sessionId() + "/pv.pdf\""),
                        containsString("en attente de signature"),
                        containsString("action=\"/sessions/" + s.sessionId() + "/pv/signatures\""),
                        containsString("action=\"/sessions/" + s.sessionId() + "/incidents\""),
                        not(containsString("Documents de la session (ZIP)")),
                        not(containsString("Valider le procès-verbal"))));

        // no compensation between CCPs: the title cannot be retained with CCP 2 not acquired
        given().accept("text/html").contentType(FORM)
                .formParam("attendance", "PRESENT").formParam("finalInterview", "HELD_FAVOURABLY")
                .formParam("outcome", "FULL_SUCCESS").formParam("overrideReason", REASON).formParam("fraudReport", "")
                .post(decide1).then().statusCode(422)
                .body(allOf(containsString("Pas de compensation"),
                        containsString("id=\"decide-" + s.enrolment(1) + "-outcome-error\""),
                        containsString("aria-invalid=\"true\""), containsString(REASON),
                        containsString("href=\"#form-decide-" + s.enrolment(1) + "\"")));
        // the entretien final is due at a session titre: the message is next to its field
        given().accept("text/html").contentType(FORM).formParam("attendance", "PRESENT")
                .formParam("finalInterview", "")
                .post(decide0).then().statusCode(400)
                .body(containsString("id=\"decide-" + s.enrolment(0) + "-finalInterview-error\""));

        given().accept("text/html").contentType(FORM).redirects().follow(false)
                .formParam("attendance", "PRESENT").formParam("finalInterview", "HELD_FAVOURABLY")
                .formParam("outcome", "").formParam("overrideReason", "").formParam("fraudReport", "")
                .post(decide0).then().statusCode(303)
                .header("Location", endsWith(page(s) + "?notice=decided"));
        given().accept("text/html").get(page(s) + "?notice=decided").then().statusCode(200)
                .body(allOf(containsString("Décision enregistrée."), containsString("Titre obtenu"), containsString("CCP acquis : 1, 2"),
                        containsString("v1"), containsString("Enregistrer une nouvelle décision")));

        // the PV cannot be signed while a candidate has no decision: the button says so, the service refuses
        given().accept("text/html").contentType(FORM).post(page(s).replace("deliberation", "pv/signatures"))
                .then().statusCode(422).body(containsString("le jury n&#39;a pas encore délibéré"));
        given().accept("text/html").contentType(FORM).formParam("description", " ")
                .post("/sessions/" + s.sessionId() + "/incidents").then().statusCode(400)
                .body(containsString("id=\"incident-description-error\""));
        given().accept("text/html").contentType(FORM).redirects().follow(false)
                .formParam("enrolmentId", s.enrolment(1)).formParam("description", "Retard de 20 minutes du candidat.")
                .post("/sessions/" + s.sessionId() + "/incidents").then().statusCode(303);
        given().accept("text/html").get(page(s)).then().statusCode(200)
                .body(containsString("Retard de 20 minutes du candidat."));
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void aConflictedJurorHasNoFormForThatCandidate() {
        ScoringFixtures.Scenario s = deliberating(scoring.scenario().conflict("jury", 1));
        given().accept("text/html").get(page(s)).then().statusCode(200)
                .body(allOf(containsString("Vous avez déclaré un lien avec ce candidat"),
                        containsString("action=\"/sessions/" + s.sessionId() + "/deliberation/" + s.enrolment(0)),
                        not(containsString("action=\"/sessions/" + s.sessionId() + "/deliberation/"
                                + s.enrolment(1)))));
        given().accept("text/html").contentType(FORM).formParam("attendance", "ABSENT")
                .post(page(s) + "/" + s.enrolment(1)).then().statusCode(403);
        // the juror's « Mes sessions » leads to the page
        given().accept("text/html").get("/me/sessions").then().statusCode(200)
                .body(containsString("href=\"/sessions/" + s.sessionId() + "/deliberation\""));
    }

    @Test
    @TestSecurity(user = "t6-admin-pages", roles = Roles.ADMIN)
    void theAdministrationValidatesOnlyAClosedSession() {
        ScoringFixtures.Scenario s = deliberating(scoring.scenario());
        given().accept("text/html").get(page(s)).then().statusCode(200)
                .body(allOf(containsString("Projet de PV (PDF)"), not(containsString("Valider le procès-verbal")),
                        not(containsString("action=\"/sessions/" + s.sessionId() + "/deliberation/")),
                        not(containsString("Signer le procès-verbal")),
                        not(containsString("Enregistrer un recours"))));
        given().accept("text/html").contentType(FORM).post("/sessions/" + s.sessionId() + "/pv/validation")
                .then().statusCode(422).body(containsString("doit d&#39;abord être signé"));
        given().accept("text/html").contentType(FORM).formParam("description", "Incident")
                .post("/sessions/" + s.sessionId() + "/incidents").then().statusCode(403);

        scoring.setStatus(s.sessionId(), SessionStatus.CLOSED);
        given().accept("text/html").get(page(s)).then().statusCode(200)
                .body(allOf(containsString("id=\"form-validate\""), containsString("Valider le procès-verbal"),
                        containsString("data-confirm=\"Valider le procès-verbal ?"), containsString("parchemins")));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theCentreFollowsTheDeliberationFromItsSessionPage() {
        sessions.centreOfStaff(STAFF);
        ScoringFixtures.Scenario s = deliberating(scoring.scenario().inCentreOf(STAFF));
        given().accept("text/html").get("/sessions/" + s.sessionId()).then().statusCode(200)
                .body(containsString("href=\"/sessions/" + s.sessionId() + "/deliberation\""));
        given().accept("text/html").get(page(s)).then().statusCode(200)
                .body(allOf(containsString("Projet de PV (PDF)"),
                        not(containsString("action=\"/sessions/" + s.sessionId() + "/deliberation/")),
                        not(containsString("Valider le procès-verbal")),
                        not(containsString("Documents de la session (ZIP)"))));
        given().accept("text/html").contentType(FORM).post("/sessions/" + s.sessionId() + "/pv/signatures")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "t6-candidat-pages", roles = Roles.CANDIDATE)
    void aCandidateSeesTheirResultOnTheirSessionsNotTheBoard() {
        long centre = sessions.centre("Centre t6 " + SessionFixtures.unique());
        long me = sessions.candidate().username("t6-candidat-pages").followedBy(centre).create();
        long done = sessions.pastSession(centre, SessionType.TITLE, LocalDate.now().minusDays(20),
                SessionStatus.VALIDATED, me, Outcome.PARTIAL_SUCCESS);
        given().accept("text/html").get("/me/sessions?period=past").then().statusCode(200)
                .body(allOf(containsString("Résultat : <strong>Réussite partielle</strong>"),
                        containsString("href=\"/me/documents\""),
                        not(containsString("href=\"/sessions/" + done + "/deliberation\""))));
        given().accept("text/html").get("/sessions/" + done + "/deliberation").then().statusCode(403);
    }
}
