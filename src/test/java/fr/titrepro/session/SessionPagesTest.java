package fr.titrepro.session;

import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.SessionType;
import fr.titrepro.security.Roles;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The French pages of sessions and jurors, their inline errors and their access rules. */
@QuarkusTest
class SessionPagesTest {

    static final String STAFF = "t4-centre-pages";
    static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    SessionFixtures fixtures;

    @Inject
    JurorRepository jurors;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CandidateRepository candidates;

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theListSeparatesUpcomingAndPastSessions() {
        long centre = fixtures.centreOfStaff(STAFF);
        long upcoming = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(33));
        long past = fixtures.pastSession(centre, SessionType.TITLE, LocalDate.now().minusDays(40),
                SessionStatus.VALIDATED, null, null);
        given().accept("text/html").get("/sessions").then().statusCode(200)
                .body(allOf(containsString("Sessions d"), containsString("href=\"/sessions/" + upcoming + "\""),
                        not(containsString("href=\"/sessions/" + past + "\"")), containsString("Brouillon"),
                        containsString("Planifier une session")));
        given().accept("text/html").get("/sessions?period=past").then().statusCode(200)
                .body(allOf(containsString("href=\"/sessions/" + past + "\""), containsString("Validée")));
    }

    /**
     * The enrolment forms offer the centre's followed candidates not enrolled yet, by name, the first
     * {@code ENROLLABLE_SHOWN} only, read by one bounded query (issue 14: a big centre follows tens of thousands).
     */
    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void theEnrolmentFormsOfferTheCentresCandidatesNotEnrolledFirstByName() {
        String suffix = SessionFixtures.unique();
        long centre = fixtures.centre("Centre inscriptibles " + suffix);
        long other = fixtures.centre("Autre centre " + suffix);
        long first = fixtures.candidate().named("Abel" + suffix, "Léa").followedBy(centre).create();
        long second = fixtures.candidate().named("Bernard" + suffix, "Marc").followedBy(centre, other).create();
        long enrolled = fixtures.candidate().named("Aaron" + suffix, "Paul").followedBy(centre).create();
        long erased = fixtures.candidate().named("Aubert" + suffix, "Zoé").followedBy(centre).create();
        long elsewhere = fixtures.candidate().named("Adam" + suffix, "Inès").followedBy(other).create();
        fixtures.erase(erased);
        long session = fixtures.pastSession(centre, SessionType.TITLE, LocalDate.now().plusDays(200),
                SessionStatus.SCHEDULED, enrolled, null);

        given().accept("text/html").get("/sessions/" + session).then().statusCode(200)
                .body(allOf(containsString("id=\"bulk-" + first + "\""), containsString("id=\"bulk-" + second + "\""),
                        not(containsString("id=\"bulk-" + enrolled + "\"")),
                        not(containsString("id=\"bulk-" + erased + "\"")),
                        not(containsString("id=\"bulk-" + elsewhere + "\""))));
        assertThat(enrollable(session, centre, 1)).containsExactly(first);
        assertThat(enrollable(session, centre, 10)).containsExactly(first, second);
    }

    private List<Long> enrollable(long session, long centre, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> enrolments.enrollableIn(
                enrolments.getEntityManager().find(ExamSession.class, session), centre, limit)
                .stream().map(c -> c.id).toList());
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theFormShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() {
        fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(34);
        given().accept("text/html").get("/sessions/new").then().statusCode(200)
                .body(allOf(containsString("<label for=\"startDate\">Premier jour</label>"),
                        containsString("Responsable de session")));
        given().accept("text/html").contentType(FORM)
                .formParam("titleCode", "TP-00496").formParam("type", "CCP").formParam("ccpNumbers", "1, 3")
                .formParam("startDate", start.toString()).formParam("endDate", start.minusDays(1).toString())
                .formParam("capacity", "8").formParam("managerName", "")
                .post("/sessions").then().statusCode(400)
                .body(allOf(containsString("id=\"managerName-error\""),
                        containsString("Le responsable de session est obligatoire.")));
        given().accept("text/html").contentType(FORM)
                .formParam("titleCode", "TP-00496").formParam("type", "CCP").formParam("ccpNumbers", "1, 3")
                .formParam("startDate", start.toString()).formParam("endDate", start.minusDays(1).toString())
                .formParam("capacity", "8").formParam("managerName", "Marc Lefebvre")
                .post("/sessions").then().statusCode(422)
                .body(allOf(containsString("La session n'a pas été créée."),
                        containsString("id=\"endDate-error\">La date de fin doit être le jour de début ou après."),
                        containsString("id=\"ccpNumbers-error\""), containsString("n&#39;a pas de CCP n° 3"),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"1, 3\""), containsString("value=\"Marc Lefebvre\"")));
        given().accept("text/html").contentType(FORM)
                .formParam("titleCode", "TP-00496").formParam("type", "TITLE").formParam("startDate", "demain")
                .formParam("endDate", start.toString()).formParam("capacity", "huit").formParam("managerName", "M")
                .post("/sessions").then().statusCode(400)
                .body(allOf(containsString("id=\"startDate-error\">Date invalide"),
                        containsString("id=\"capacity-error\">Nombre entier attendu.")));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aSessionIsCreatedThenShownWithTheActionsAllowedNowAndWhyTheOthersAreNot() {
        long centre = fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(35);
        String location = given().accept("text/html").contentType(FORM).redirects().follow(false)
                .formParam("titleCode", "TP-00496").formParam("type", "TITLE")
                .formParam("startDate", start.toString()).formParam("endDate", start.plusDays(1).toString())
                .formParam("capacity", "8").formParam("managerName", "Marc Lefebvre")
                .post("/sessions").then().statusCode(303)
                .header("Location", matchesPattern(".*/sessions/\\d+\\?notice=created"))
                .extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/sessions/(\\d+)\\?.*", "$1"));
        given().accept("text/html").get("/sessions/" + id + "?notice=created").then().statusCode(200)
                .body(allOf(containsString("Session créée à l&#39;état Brouillon"),
                        containsString("Passer à « Programmée »"),
                        containsString("Plateau technique réseaux"),
                        containsString("Le jury compte 0 membre : il en faut au moins 2.")));

        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("to", "SCHEDULED")
                .post("/sessions/" + id + "/transitions").then().statusCode(303);
        given().accept("text/html").get("/sessions/" + id).then().statusCode(200)
                .body(allOf(containsString("Programmée"), containsString("disabled>Passer à « En cours »"),
                        containsString("Aucun candidat n&#39;est inscrit."),
                        containsString("La session ne peut pas commencer avant son premier jour")));

        long partial = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre).create();
        given().accept("text/html").contentType(FORM).formParam("candidateId", partial)
                .post("/sessions/" + id + "/enrolments").then().statusCode(422)
                .body(allOf(containsString("Inscription refusée."), containsString("obtient le titre par capitalisation")));

        long trainee = fixtures.candidate().followedBy(centre).create();
        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("candidateId", trainee)
                .post("/sessions/" + id + "/enrolments").then().statusCode(303);
        long juror = fixtures.triJuror();
        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("jurorId", juror)
                .post("/sessions/" + id + "/jury").then().statusCode(303);
        given().accept("text/html").get("/sessions/" + id).then().statusCode(200)
                .body(allOf(containsString(jurors.findById(juror).fullName()),
                        containsString("Planning des épreuves"), containsString("href=\"/sessions/" + id + "/planning\""),
                        not(containsString("08:30 – 11:30")),
                        containsString("/api/sessions/" + id + "/enrolments/"),
                        containsString("Le jury compte 1 membre")));
        // issue 14: the timetables are on their own page (they made 85 % of a 200-candidate session page)
        given().accept("text/html").get("/sessions/" + id + "/planning").then().statusCode(200)
                .body(allOf(containsString("Planning des épreuves"), containsString("08:30 – 11:30"),
                        containsString("Mise en situation professionnelle"), containsString("Entretien final"),
                        containsString(candidates.findById(trainee).fullName())));
    }

    /** Issue 11, finding 5: the page enrols a holder of every CCP without the title for the entretien final alone. */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theSessionPageEnrolsAHolderOfEveryCcpForTheFinalInterviewAlone() {
        long centre = fixtures.centreOfStaff(STAFF);
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(38));
        long refusedTitle = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre).create();
        fixtures.holds(refusedTitle, "TP-00496", "05", 1);
        fixtures.holds(refusedTitle, "TP-00496", "05", 2);
        given().accept("text/html").get("/sessions/" + id).then().statusCode(200)
                .body(containsString("Un candidat qui détient déjà tous les CCP sans avoir obtenu le titre est inscrit "
                        + "pour l'entretien final seul."));
        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("candidateId", refusedTitle)
                .post("/sessions/" + id + "/enrolments").then().statusCode(303);
        given().accept("text/html").get("/sessions/" + id).then().statusCode(200)
                .body(allOf(containsString("Aucun (tous détenus)"), containsString("Oui, entretien final seul")));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aPlannedSessionsDatesCapacityAndManagerAreChangedFromItsPage() {
        LocalDate start = LocalDate.now().plusDays(40);
        long id = fixtures.plannedSession(STAFF, start);
        given().accept("text/html").get("/sessions/" + id).then().statusCode(200)
                .body(containsString("/sessions/" + id + "/edit"));
        given().accept("text/html").get("/sessions/" + id + "/edit").then().statusCode(200)
                .body(allOf(containsString("value=\"" + start + "\""), containsString("Enregistrer les modifications")));
        given().accept("text/html").contentType(FORM).formParam("startDate", start.plusDays(3).toString())
                .formParam("endDate", start.toString()).formParam("capacity", "abc").formParam("managerName", "")
                .post("/sessions/" + id + "/edit").then().statusCode(400)
                .body(allOf(containsString("La session n'a pas été modifiée."),
                        containsString("Nombre entier attendu.")));
        given().accept("text/html").contentType(FORM).formParam("startDate", start.plusDays(3).toString())
                .formParam("endDate", start.toString()).formParam("capacity", "6").formParam("managerName", "")
                .post("/sessions/" + id + "/edit").then().statusCode(org.hamcrest.Matchers.oneOf(400, 422))
                .body(containsString("id=\"managerName-error\""));
        given().accept("text/html").contentType(FORM).redirects().follow(false)
                .formParam("startDate", start.plusDays(3).toString()).formParam("endDate", start.plusDays(4).toString())
                .formParam("capacity", "6").formParam("managerName", "Nadia Roux")
                .post("/sessions/" + id + "/edit").then().statusCode(303)
                .header("Location", containsString("notice=updated"));
        given().accept("application/json").get("/api/sessions/" + id).then().statusCode(200)
                .body("session.startDate", org.hamcrest.Matchers.equalTo(start.plusDays(3).toString()))
                .body("session.capacity", org.hamcrest.Matchers.equalTo(6))
                .body("managerName", org.hamcrest.Matchers.equalTo("Nadia Roux"));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(36));
        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("to", "SCHEDULED")
                .header("Origin", "https://evil.example")
                .post("/sessions/" + id + "/transitions").then().statusCode(403)
                .body(containsString("envoyée depuis un autre site"));
        given().accept("application/json").get("/api/sessions/" + id).then().statusCode(200)
                .body("session.status", org.hamcrest.Matchers.equalTo("DRAFT"));
        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("to", "SCHEDULED")
                .header("Origin", io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port)
                .post("/sessions/" + id + "/transitions").then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "t4-centre-b", roles = Roles.CENTRE)
    void anotherCentresSessionPageIsAFrenchNotFound() {
        fixtures.centreOfStaff("t4-centre-b");
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(36));
        given().accept("text/html").get("/sessions/" + id).then().statusCode(404)
                .body(allOf(containsString("Ressource introuvable"), not(containsString("Exception"))));
        given().accept("text/html").contentType(FORM).formParam("to", "SCHEDULED")
                .post("/sessions/" + id + "/transitions").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void theAdministrationKeepsTheJurorRegistry() {
        String username = "t4-jury-" + SessionFixtures.unique();
        given().accept("text/html").get("/jurors").then().statusCode(200)
                .body(allOf(containsString("Registre des membres de jury"), containsString("Inscrire au registre")));
        given().accept("text/html").contentType(FORM).formParam("username", username)
                .formParam("lastName", "Lambert").formParam("firstName", "Aurélie").formParam("profession", "Technicienne")
                .formParam("employer", "Réseaux du Nord").formParam("yearsOfExperience", "2")
                .post("/jurors").then().statusCode(422)
                .body(allOf(containsString("id=\"yearsOfExperience-error\">Au moins 3 ans d&#39;expérience sont exigés."),
                        containsString("value=\"Lambert\"")));
        String location = given().accept("text/html").contentType(FORM).redirects().follow(false)
                .formParam("username", username).formParam("lastName", "Lambert").formParam("firstName", "Aurélie")
                .formParam("profession", "Technicienne").formParam("employer", "Réseaux du Nord")
                .formParam("yearsOfExperience", "7")
                .post("/jurors").then().statusCode(303).extract().header("Location");
        String page = location.replaceAll("^https?://[^/]+", "").replace("?notice=created", "");
        given().accept("text/html").contentType(FORM).formParam("titleCode", "TP-00496")
                .formParam("validFrom", "2026-01-01").formParam("validUntil", "2025-01-01")
                .post(page + "/habilitations").then().statusCode(422)
                .body(containsString("id=\"validUntil-error\">La fin de l&#39;habilitation doit suivre son début."));
        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("titleCode", "TP-00496")
                .formParam("validFrom", "2026-01-01").formParam("validUntil", "2028-12-31")
                .post(page + "/habilitations").then().statusCode(303);
        given().accept("text/html").get(page).then().statusCode(200)
                .body(allOf(containsString("Aurélie LAMBERT"), containsString("31/12/2028")));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theRegistryPageIsForTheAdministrationOnly() {
        given().accept("text/html").get("/jurors").then().statusCode(403)
                .body(containsString("Accès refusé"));
        given().accept("text/html").get("/me/sessions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "t4-jury-pages", roles = Roles.JUROR)
    void aJurorSeesTheirSessionsAndDeclaresALink() {
        long me = jurors.findByUsername("t4-jury-pages").map(j -> j.id).orElseGet(() -> fixtures.juror(
                "t4-jury-pages", 9, SessionFixtures.TRI, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2)));
        long centre = fixtures.centreOfStaff(STAFF);
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(500));
        long candidate = fixtures.candidate().named("Petit" + SessionFixtures.unique(), "Emma").followedBy(centre)
                .create();
        fixtures.enrol(id, candidate);
        fixtures.assign(id, me);
        given().accept("text/html").get("/me/sessions").then().statusCode(200)
                .body(allOf(containsString("Mes sessions"), containsString("Session titre TRI n° " + id),
                        containsString("/api/sessions/" + id + "/jury/" + me + "/convocation.pdf"),
                        containsString("Déclarer un lien avec un candidat")));
        given().accept("text/html").contentType(FORM).redirects().follow(false).formParam("candidateId", candidate)
                .formParam("kind", "COLLEAGUE").post("/me/sessions/" + id + "/conflicts").then().statusCode(303);
        given().accept("text/html").get("/me/sessions").then().statusCode(200)
                .body(containsString("Lien déclaré (collègue du candidat)"));
        given().accept("text/html").get("/sessions").then().statusCode(403);
    }
}
