package fr.titrepro.session;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.SessionType;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static fr.titrepro.support.ScoringFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Bulk enrolment (issue 14) through the API, as the real Keycloak users centre and centre2: all or nothing, each
 * refused line named with its candidate and field, the rules of the enrolment one by one.
 */
@QuarkusTest
class BulkEnrolmentResourceTest {

    @Inject
    SessionFixtures fixtures;

    static ValidatableResponse bulk(String login, long session, Map<String, Object> body) {
        return as(login).body(body).post("/api/sessions/" + session + "/enrolments/bulk").then();
    }

    static Map<String, Object> lines(List<Long> candidates) {
        return Map.of("enrolments", candidates.stream().map(c -> Map.of("candidateId", c)).toList());
    }

    static List<Integer> enrolled(String login, long session) {
        return as(login).get("/api/sessions/" + session + "/enrolments").then().statusCode(200)
                .extract().jsonPath().getList("candidateId", Integer.class);
    }

    long trainees(long centre, int n, List<Long> into) {
        for (int i = 0; i < n; i++) {
            into.add(fixtures.candidate().followedBy(centre).create());
        }
        return into.get(into.size() - 1);
    }

    @Test
    void aCentreEnrolsItsCandidatesInOneRequestWithTheirTimetables() {
        long centre = fixtures.centreOfStaff("centre");
        long session = fixtures.plannedSession("centre", SessionType.TITLE, LocalDate.now().plusDays(60),
                LocalDate.now().plusDays(64), 50);
        List<Long> candidates = new ArrayList<>();
        trainees(centre, 30, candidates);
        bulk("centre", session, lines(candidates)).statusCode(201)
                .body("enrolled", equalTo(30))
                .body("enrolments", hasSize(30))
                .body("enrolments.candidateId", contains(candidates.stream().map(Long::intValue).toArray()))
                .body("enrolments[0].ccpNumbers", equalTo(List.of(1, 2)))
                .body("enrolments[0].finalInterview", equalTo(true))
                .body("enrolments[29].timetable", hasSize(7));
        as("centre").get("/api/sessions/" + session).then().body("session.enrolled", equalTo(30));
    }

    @Test
    void oneRefusedLineAndNothingIsWrittenEveryRefusalNamesItsLineCandidateAndRule() {
        long centre = fixtures.centreOfStaff("centre");
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(66));
        long ok = fixtures.candidate().followedBy(centre).create();
        long partial = fixtures.candidate().named("Bulkpartiel", "Anne").pathway(Pathway.PARTIAL)
                .followedBy(centre).create();
        long erased = fixtures.candidate().followedBy(centre).create();
        fixtures.erase(erased);
        long stranger = fixtures.candidate().create();
        bulk("centre", session, lines(List.of(ok, partial, ok, stranger, erased))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("detail", equalTo("Aucune inscription enregistrée : 5 ligne(s) envoyée(s), 4 refusée(s). "
                        + "Corrigez-les puis renvoyez la liste."))
                .body("errors.field", contains("enrolments[1].parcours", "enrolments[2].candidateId",
                        "enrolments[3].candidateId", "enrolments[4].candidateId"))
                .body("errors[0].message", containsString("Ligne 2, BULKPARTIEL Anne ("))
                .body("errors[0].message", containsString("obtient le titre par capitalisation"))
                .body("errors[1].message", containsString("figure déjà plus haut dans la liste."))
                .body("errors[2].message", equalTo("Ligne 4 : Aucun candidat n° " + stranger
                        + " parmi ceux que vous suivez."))
                .body("errors[3].message", containsString("Candidat effacé."));
        org.hamcrest.MatcherAssert.assertThat(enrolled("centre", session), empty());
    }

    @Test
    void centre2CannotEnrolTheCandidatesOfCentreNorTouchItsSession() {
        long centre = fixtures.centreOfStaff("centre");
        long centre2 = fixtures.centreOfStaff("centre2");
        long sessionOfCentre = fixtures.plannedSession("centre", LocalDate.now().plusDays(68));
        long sessionOfCentre2 = fixtures.plannedSession("centre2", LocalDate.now().plusDays(68));
        long ofCentre = fixtures.candidate().followedBy(centre).create();
        long ofCentre2 = fixtures.candidate().followedBy(centre2).create();
        bulk("centre2", sessionOfCentre2, lines(List.of(ofCentre2, ofCentre))).statusCode(422)
                .body("errors.field", contains("enrolments[1].candidateId"))
                .body("errors[0].message", equalTo("Ligne 2 : Aucun candidat n° " + ofCentre
                        + " parmi ceux que vous suivez."));
        org.hamcrest.MatcherAssert.assertThat(enrolled("centre2", sessionOfCentre2), empty());
        bulk("centre2", sessionOfCentre, lines(List.of(ofCentre2))).statusCode(404);
        org.hamcrest.MatcherAssert.assertThat(enrolled("centre", sessionOfCentre), empty());
        // the administration enrols any candidate in any session
        bulk("admin", sessionOfCentre2, lines(List.of(ofCentre2, ofCentre))).statusCode(201)
                .body("enrolled", equalTo(2));
    }

    @Test
    void theCapacityCountsTheLinesBeforeAndTheCommonCcpChoiceAppliesToLinesWithoutTheirs() {
        long centre = fixtures.centreOfStaff("centre");
        long session = fixtures.plannedSession("centre", SessionType.CCP, LocalDate.now().plusDays(70),
                LocalDate.now().plusDays(71), 2, 1, 2);
        List<Long> candidates = new ArrayList<>();
        trainees(centre, 3, candidates);
        bulk("centre", session, lines(candidates)).statusCode(422)
                .body("errors.field", hasItem(containsString("enrolments[2].")))
                .body("errors.field", hasSize(1))
                .body("errors[0].message", containsString("Ligne 3, "));
        bulk("centre", session, Map.of("ccpNumbers", List.of(2), "enrolments", List.of(
                Map.of("candidateId", candidates.get(0)),
                Map.of("candidateId", candidates.get(1), "ccpNumbers", List.of(1, 2))))).statusCode(201)
                .body("enrolments[0].ccpNumbers", equalTo(List.of(2)))
                .body("enrolments[1].ccpNumbers", equalTo(List.of(1, 2)));
    }

    @Test
    void anEmptyListOrMoreThan500LinesIsRefusedInFrench() {
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(72));
        bulk("centre", session, Map.of("enrolments", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("enrolments"))
                .body("errors[0].message", equalTo("La liste des candidats à inscrire est vide."));
        bulk("centre", session, lines(IntStream.rangeClosed(1, 501).mapToObj(i -> (long) i).toList())).statusCode(400)
                .body("errors[0].field", equalTo("enrolments"))
                .body("errors[0].message", equalTo("500 candidats au plus par envoi (501 reçus) : envoyez la liste en "
                        + "plusieurs fois."));
        bulk("centre", session, Map.of("enrolments", List.of(Map.of("ccsExperienceMonths", -1)))).statusCode(400)
                .body("errors.field", hasItem("enrolments[0].candidateId"))
                .body("errors.message", hasItem("Ligne 1 : Le candidat est obligatoire."));
    }

    @Test
    void alreadyEnrolledCandidatesAreRefusedWithTheirLine() {
        long centre = fixtures.centreOfStaff("centre");
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(74));
        long first = fixtures.candidate().followedBy(centre).create();
        long second = fixtures.candidate().followedBy(centre).create();
        bulk("centre", session, lines(List.of(first))).statusCode(201);
        bulk("centre", session, lines(List.of(second, first))).statusCode(422)
                .body("errors.field", contains("enrolments[1].candidateId"))
                .body("errors[0].message", containsString("Déjà inscrit(e) à cette session."));
        org.hamcrest.MatcherAssert.assertThat(enrolled("centre", session), contains((int) first));
    }
}
