package fr.titrepro.session;

import fr.titrepro.referential.SessionType;
import fr.titrepro.security.Roles;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Planning, access and lifecycle of sessions through the API. */
@QuarkusTest
class SessionResourceTest {

    static final String STAFF = "t4-centre-a";
    static final String OTHER_STAFF = "t4-centre-b";
    static final String PROBLEM = "application/problem+json";

    @Inject
    SessionFixtures fixtures;


    @Inject
    ExamSessionRepository sessions;

    static Map<String, Object> body(LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("titleCode", "TP-00496");
        body.put("type", "TITLE");
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("capacity", 8);
        body.put("managerName", "Marc Lefebvre");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/sessions").then();
    }

    static ValidatableResponse transition(long id, String to) {
        return given().contentType(ContentType.JSON).body(Map.of("to", to))
                .post("/api/sessions/" + id + "/transitions").then();
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void centrePlansASessionOnTheSiteOfItsApproval() {
        fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(30);
        int id = post(body(start, start.plusDays(1))).statusCode(201)
                .header("Location", containsString("/api/sessions/"))
                .body("session.status", equalTo("DRAFT"))
                .body("session.statusLabel", equalTo("Brouillon"))
                .body("session.titleVersion", equalTo("05"))
                .body("session.typeLabel", equalTo("Session titre"))
                .body("session.site", equalTo("Plateau technique réseaux – 3 avenue du Réseau, 59650 Villeneuve-d'Ascq"))
                .body("transitions[0].to", equalTo("DRAFT"))
                .body("transitions[0].actor", equalTo(STAFF))
                .body("actions.to", equalTo(List.of("SCHEDULED", "CANCELLED")))
                .body("actions[0].allowed", equalTo(true))
                .body("compositionProblems", hasItem("Le jury compte 0 membre : il en faut au moins 2."))
                .extract().path("session.id");
        given().get("/api/sessions/" + id).then().statusCode(200).body("managerName", equalTo("Marc Lefebvre"));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void everyPlanningRuleIsRefusedOnItsFieldAndNothingIsWritten() {
        fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(20);
        Map<String, Object> ok = body(start, start.plusDays(1));
        long before = sessions.count();
        post(with(ok, "endDate", start.minusDays(1).toString())).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("errors.field", hasItem("endDate"))
                .body("errors.message", hasItem("La date de fin doit être le jour de début ou après."));
        post(with(with(ok, "startDate", LocalDate.now().minusDays(1).toString()), "endDate",
                LocalDate.now().toString())).statusCode(422).body("errors.field", hasItem("startDate"))
                .body("errors.message[0]", containsString("est passée"));
        post(with(ok, "type", "CCP")).statusCode(422)
                .body("errors.message", hasItem("Choisissez au moins un CCP pour une session CCP."));
        post(with(with(ok, "type", "CCP"), "ccpNumbers", List.of(1, 3))).statusCode(422)
                .body("errors.field", hasItem("ccpNumbers"))
                .body("errors.message[0]", containsString("n'a pas de CCP n° 3"));
        post(with(ok, "type", "CCS")).statusCode(422).body("errors.field", hasItem("ccsCode"));
        post(with(ok, "titleCode", "TP-99999")).statusCode(422)
                .body("errors.message", hasItem("Aucun titre n'a le code « TP-99999 »."));
        post(with(ok, "version", "2010")).statusCode(422).body("errors.field", hasItem("titleCode"))
                .body("detail", containsString("n'est pas valide sur toute la durée de la session"));
        LocalDate late = LocalDate.now().plusYears(3);
        post(body(late, late.plusDays(1))).statusCode(422).body("errors.field", hasItem("startDate"))
                .body("detail", containsString("n'a pas d'agrément pour le titre TP-00496 couvrant chaque jour"));
        assertThat(sessions.count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void missingOrUnreadableFieldsAre400WithEveryField() {
        fixtures.centreOfStaff(STAFF);
        given().contentType(ContentType.JSON).body(Map.of("titleCode", "TP-00496")).post("/api/sessions").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("errors.field", hasItems("type", "startDate", "endDate", "capacity", "managerName"))
                .body("errors.message", hasItem("La date de début est obligatoire."));
        LocalDate start = LocalDate.now().plusDays(20);
        post(with(body(start, start), "type", "ORAL")).statusCode(400).body("errors[0].field", equalTo("type"));
        post(with(body(start, start), "capacity", 0)).statusCode(400).body("errors.message", hasItem("Au moins une place."));
    }

    @Test
    @TestSecurity(user = "t4-centre-sans-lien", roles = Roles.CENTRE)
    void aCentreUserWithoutCentreIsForbidden() {
        given().get("/api/sessions").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("n'est rattaché à aucun centre agréé"));
    }

    @Test
    @TestSecurity(user = OTHER_STAFF, roles = Roles.CENTRE)
    void anotherCentresSessionIsNotFoundForEveryEndpoint() {
        fixtures.centreOfStaff(OTHER_STAFF);
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(40));
        long candidate = fixtures.candidate().followedBy(fixtures.centreOfStaff(OTHER_STAFF)).create();
        long juror = fixtures.triJuror();
        given().get("/api/sessions/" + id).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Aucune session n° " + id + " ne vous est accessible."));
        LocalDate start = LocalDate.now().plusDays(41);
        given().contentType(ContentType.JSON).body(Map.of("startDate", start.toString(), "endDate", start.toString(),
                "capacity", 5, "managerName", "X")).put("/api/sessions/" + id).then().statusCode(404);
        transition(id, "SCHEDULED").statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("candidateId", candidate))
                .post("/api/sessions/" + id + "/enrolments").then().statusCode(404);
        given().get("/api/sessions/" + id + "/enrolments").then().statusCode(404);
        given().post("/api/sessions/" + id + "/jury/" + juror).then().statusCode(404);
        given().delete("/api/sessions/" + id + "/jury/" + juror).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("jurorId", juror, "candidateId", candidate, "kind", "OTHER"))
                .post("/api/sessions/" + id + "/conflicts").then().statusCode(404);
        given().get("/api/sessions/" + id + "/jury/" + juror + "/convocation.pdf").then().statusCode(404);
        given().get("/api/sessions?size=100").then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theListSeparatesUpcomingAndPastSessionsOfTheCentreOnly() {
        long centre = fixtures.centreOfStaff(STAFF);
        long upcoming = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(60));
        long past = fixtures.pastSession(centre, SessionType.TITLE, LocalDate.now().minusDays(30),
                SessionStatus.VALIDATED, null, null);
        long others = fixtures.plannedSession(OTHER_STAFF, LocalDate.now().plusDays(60));
        given().get("/api/sessions?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) upcoming))
                .body("items.id", not(hasItem((int) past)))
                .body("items.id", not(hasItem((int) others)));
        given().get("/api/sessions?period=past&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) past))
                .body("items.id", not(hasItem((int) upcoming)));
        given().get("/api/sessions?size=1").then().statusCode(200).body("size", equalTo(1));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void pastSessionsComeLatestFirstPageByPageByKeyAndTheCountStopsAtTheCap() {
        long centre = fixtures.centreOfStaff(STAFF);
        // the centre's latest past sessions (they end yesterday and the day before)
        LocalDate day = LocalDate.now().minusDays(3);
        long enrolledOne = fixtures.candidate().followedBy(centre).create();
        long older = fixtures.pastSession(centre, SessionType.TITLE, day, SessionStatus.VALIDATED, enrolledOne, null);
        long sameDayA = fixtures.pastSession(centre, SessionType.TITLE, day.plusDays(1), SessionStatus.VALIDATED, null, null);
        long sameDayB = fixtures.pastSession(centre, SessionType.TITLE, day.plusDays(1), SessionStatus.VALIDATED, null, null);
        // issue 14: latest first (start date, then id), the next page after the last row shown, at any depth
        List<Integer> all = given().get("/api/sessions?period=past&size=100").then().statusCode(200)
                .extract().path("items.id");
        List<Integer> mine = all.stream().filter(id -> id == older || id == sameDayA || id == sameDayB).toList();
        assertThat(mine).containsExactly((int) sameDayB, (int) sameDayA, (int) older);
        // each row's enrolled candidates, counted for the whole page in one query
        given().get("/api/sessions?period=past&size=100").then()
                .body("items.find { it.id == " + older + " }.enrolled", equalTo(1))
                .body("items.find { it.id == " + sameDayA + " }.enrolled", equalTo(0));
        int at = all.indexOf((int) sameDayB);
        String next = given().get("/api/sessions?period=past&size=" + (at + 1)).then().statusCode(200)
                .body("items[" + at + "].id", equalTo((int) sameDayB)).extract().path("next");
        List<Integer> after = given().get("/api/sessions?period=past&size=100&after=" + next).then().statusCode(200)
                .extract().path("items.id");
        assertThat(after.getFirst()).isEqualTo((int) sameDayA);
        assertThat(after).doesNotContain((int) sameDayB).contains((int) older);
        given().get("/api/sessions?period=past&after=bm9uc2Vuc2U").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        // the same list for the page, with its « Suivante » link carrying the cursor
        given().accept("text/html").get("/sessions?period=past&page=1&after=" + next).then().statusCode(200)
                .body(containsString("/sessions/" + sameDayA)).body(containsString("<td>1 / "));
        // counted up to the cap: past it, « plus de »
        assertThat(sessions.countPlanned(centre, false, LocalDate.now(), 1)).isEqualTo(2);
        assertThat(sessions.countPlanned(centre, false, LocalDate.now(), 10_000))
                .isEqualTo(given().get("/api/sessions?period=past").then().extract().<Integer>path("total").longValue());
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void theAdministrationPlansForAnyCentreAndMustNameIt() {
        long centre = fixtures.centre("Centre de l'administration " + SessionFixtures.unique());
        LocalDate start = LocalDate.now().plusDays(25);
        post(body(start, start)).statusCode(400).body("errors[0].field", equalTo("centreId"))
                .body("errors[0].message", equalTo("Choisissez le centre organisateur."));
        post(with(body(start, start), "centreId", centre)).statusCode(201)
                .body("session.centreId", equalTo((int) centre));
        given().get("/api/sessions?size=100").then().statusCode(200).body("total", not(equalTo(0)));
    }

    @Test
    @TestSecurity(user = "t4-jury-x", roles = Roles.JUROR)
    void aJurorCannotPlanNorSeeOtherSessions() {
        LocalDate start = LocalDate.now().plusDays(20);
        post(body(start, start)).statusCode(403).contentType(PROBLEM);
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(70));
        given().get("/api/sessions/" + id).then().statusCode(404);
        given().get("/api/sessions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "t4-candidat-x", roles = Roles.CANDIDATE)
    void aCandidateCannotPlanNorSeeSessionsTheyAreNotEnrolledIn() {
        LocalDate start = LocalDate.now().plusDays(20);
        post(body(start, start)).statusCode(403);
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(70));
        given().get("/api/sessions/" + id).then().statusCode(404);
    }

    @Test
    void anonymousCallsAre401() {
        given().get("/api/sessions").then().statusCode(401).contentType(PROBLEM);
        given().get("/api/me/sessions").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void everyTransitionIsCheckedAndRecorded() {
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(10));
        transition(id, "VALIDATED").statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("Une session « Brouillon » ne peut pas passer à l'état « Validée »."));
        transition(id, "SCHEDULED").statusCode(200).body("session.status", equalTo("SCHEDULED"))
                .body("transitions[1].from", equalTo("DRAFT"))
                .body("transitions[1].to", equalTo("SCHEDULED"))
                .body("transitions[1].actor", equalTo(STAFF))
                .body("transitions[1].at", not(nullValue()));
        transition(id, "IN_PROGRESS").statusCode(422)
                .body("errors.field", hasItem("to"))
                .body("errors.message", hasItems(
                        "La session ne peut pas commencer avant son premier jour, le "
                                + LocalDate.now().plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".",
                        "Aucun candidat n'est inscrit.",
                        "Le jury compte 0 membre : il en faut au moins 2."));
        given().get("/api/sessions/" + id).then()
                .body("actions.find { it.to == 'IN_PROGRESS' }.allowed", equalTo(false))
                .body("actions.find { it.to == 'IN_PROGRESS' }.reasons", hasItem("Aucun candidat n'est inscrit."))
                .body("actions.find { it.to == 'CANCELLED' }.allowed", equalTo(true));
        transition(id, "CANCELLED").statusCode(422).body("errors.message", hasItem("Indiquez le motif de l'annulation."));
        given().contentType(ContentType.JSON).body(Map.of("to", "CANCELLED", "reason", "Salle indisponible"))
                .post("/api/sessions/" + id + "/transitions").then().statusCode(200)
                .body("session.status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Salle indisponible"))
                .body("transitions[2].reason", equalTo("Salle indisponible"))
                .body("actions", org.hamcrest.Matchers.empty());
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/sessions/" + id + "/transitions").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void closingAndValidatingGoThroughThePvNotByHand() {
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(12));
        fixtures.forceStatus(id, SessionStatus.DELIBERATION);
        transition(id, "CLOSED").statusCode(422)
                .body("detail", containsString("close par la signature du procès-verbal par tous les membres du jury"));
        fixtures.forceStatus(id, SessionStatus.CLOSED);
        transition(id, "VALIDATED").statusCode(422)
                .body("detail", containsString("validée par l'administration (DREETS) au vu du procès-verbal signé"));
        transition(id, "CANCELLED").statusCode(422).body("detail", containsString("ne peut pas passer"));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void nothingOfAClosedSessionChanges() {
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(14));
        long candidate = fixtures.candidate().followedBy(fixtures.centreOfStaff(STAFF)).create();
        long enrolment = fixtures.enrol(id, candidate);
        long juror = fixtures.triJuror();
        fixtures.assign(id, juror);
        for (SessionStatus frozen : List.of(SessionStatus.CLOSED, SessionStatus.VALIDATED)) {
            fixtures.forceStatus(id, frozen);
            String label = frozen == SessionStatus.CLOSED ? "close" : "validée";
            LocalDate start = LocalDate.now().plusDays(15);
            given().contentType(ContentType.JSON).body(Map.of("startDate", start.toString(), "endDate",
                            start.toString(), "capacity", 5, "managerName", "X"))
                    .put("/api/sessions/" + id).then().statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("urn:titrepro:problem:conflict"))
                    .body("detail", containsString("La session est " + label + " : ses résultats sont définitifs"));
            long other = fixtures.candidate().followedBy(fixtures.centreOfStaff(STAFF)).create();
            given().contentType(ContentType.JSON).body(Map.of("candidateId", other))
                    .post("/api/sessions/" + id + "/enrolments").then().statusCode(409)
                    .body("detail", containsString("les inscriptions ne peuvent plus changer"));
            given().delete("/api/sessions/" + id + "/enrolments/" + enrolment).then().statusCode(409);
            given().post("/api/sessions/" + id + "/jury/" + fixtures.triJuror()).then().statusCode(409)
                    .body("detail", containsString("les membres du jury ne peuvent plus changer"));
            given().delete("/api/sessions/" + id + "/jury/" + juror).then().statusCode(409);
            given().contentType(ContentType.JSON).body(Map.of("jurorId", juror, "candidateId", candidate, "kind",
                    "FAMILY")).post("/api/sessions/" + id + "/conflicts").then().statusCode(409)
                    .body("detail", containsString("plus aucun conflit d'intérêts"));
        }
        given().get("/api/sessions/" + id + "/enrolments").then().statusCode(200)
                .body("id", equalTo(List.of((int) enrolment)));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aSessionInProgressKeepsItsEnrolmentsAndJury() {
        long id = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(16));
        fixtures.forceStatus(id, SessionStatus.IN_PROGRESS);
        long other = fixtures.candidate().followedBy(fixtures.centreOfStaff(STAFF)).create();
        given().contentType(ContentType.JSON).body(Map.of("candidateId", other))
                .post("/api/sessions/" + id + "/enrolments").then().statusCode(409)
                .body("detail", equalTo("La session a commencé (en cours) : les inscriptions ne peuvent plus changer."));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void datesCapacityAndManagerChangeWhileEveryRuleStillHolds() {
        long centre = fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(50);
        long id = fixtures.plannedSession(STAFF, start);
        long juror = fixtures.juror("t4-jury-" + SessionFixtures.unique(), 10, "TP-00496", start.minusDays(5),
                start.plusDays(5));
        fixtures.assign(id, juror);
        fixtures.enrol(id, fixtures.candidate().followedBy(centre).create());
        fixtures.enrol(id, fixtures.candidate().followedBy(centre).create());

        given().contentType(ContentType.JSON).body(Map.of("startDate", start.plusDays(1).toString(), "endDate",
                        start.plusDays(2).toString(), "capacity", 4, "managerName", "Sonia Girard", "managerEmail",
                        "sonia@centre.test"))
                .put("/api/sessions/" + id).then().statusCode(200)
                .body("session.startDate", equalTo(start.plusDays(1).toString()))
                .body("session.capacity", equalTo(4))
                .body("managerName", equalTo("Sonia Girard"));
        given().contentType(ContentType.JSON).body(Map.of("startDate", start.plusDays(1).toString(), "endDate",
                        start.plusDays(2).toString(), "capacity", 1, "managerName", "Sonia Girard"))
                .put("/api/sessions/" + id).then().statusCode(422)
                .body("errors.field", hasItem("capacity"))
                .body("errors.message[0]", containsString("2 candidats sont déjà inscrits"));
        given().contentType(ContentType.JSON).body(Map.of("startDate", start.plusDays(10).toString(), "endDate",
                        start.plusDays(10).toString(), "capacity", 4, "managerName", "Sonia Girard"))
                .put("/api/sessions/" + id).then().statusCode(422)
                .body("detail", containsString("n'est pas habilité(e) pour le titre TP-00496"));
        given().get("/api/sessions/" + id).then().body("session.startDate", equalTo(start.plusDays(1).toString()));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theCreatedSessionIsAtItsLocation() {
        fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(31);
        String location = post(body(start, start)).statusCode(201).extract().header("Location");
        given().get(location).then().statusCode(200).body("session.startDate", equalTo(start.toString()));
        assertThat(location).matches(".*/api/sessions/\\d+");
    }
}
