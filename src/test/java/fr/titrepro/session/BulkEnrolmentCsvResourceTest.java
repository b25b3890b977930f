package fr.titrepro.session;

import fr.titrepro.referential.SessionType;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.shared.text.CsvInput;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fr.titrepro.support.ScoringFixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bulk enrolment by CSV file (issue 14) through the API as the real Keycloak users: the centre's followed
 * candidates named by reference or by name, all or nothing, each refusal naming the file's line and column; a
 * candidate of another centre is « inconnu » like one nobody holds; another centre and a juror are refused.
 */
@QuarkusTest
class BulkEnrolmentCsvResourceTest {

    static final String HEADER = "reference;nom;prenom;date_naissance;ccp;experience_mois\r\n";

    @Inject
    SessionFixtures fixtures;

    @Inject
    CandidateRepository candidates;

    static ValidatableResponse upload(String login, long session, byte[] file) {
        return as(login).contentType("text/csv").body(file).post("/api/sessions/" + session + "/enrolments/bulk.csv")
                .then();
    }

    static ValidatableResponse upload(String login, long session, String text) {
        return upload(login, session, text.getBytes(StandardCharsets.UTF_8));
    }

    String reference(long candidate) {
        return candidates.findById(candidate).reference;
    }

    @Test
    void aCentreEnrolsItsCandidatesNamedByReferenceOrByNameInTheOrderOfTheFile() {
        long centre = fixtures.centreOfStaff("centre");
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(80));
        String suffix = SessionFixtures.unique();
        long byReference = fixtures.candidate().followedBy(centre).create();
        long byName = fixtures.candidate().named("Lefèvre-Fichier" + suffix, "Élodie Anne").followedBy(centre)
                .create();
        // Windows-1252, commas, the reference in lower case, the name without accents or hyphen
        String text = "reference,nom,prenom,date_naissance\r\n" + reference(byReference).toLowerCase() + ",,,\r\n"
                + ",LEFEVRE FICHIER" + suffix.toUpperCase() + ",elodie,12/04/1995\r\n";
        upload("centre", session, text.getBytes(CsvInput.WINDOWS_1252)).statusCode(201)
                .body("enrolled", equalTo(2))
                .body("enrolments.candidateId", contains((int) byReference, (int) byName))
                .body("enrolments[0].ccpNumbers", equalTo(List.of(1, 2)));
        assertThat(BulkEnrolmentResourceTest.enrolled("centre", session), contains((int) byReference, (int) byName));
    }

    @Test
    void aLineNamingAnotherCentresCandidateIsUnknownAndNothingIsWritten() {
        long centre = fixtures.centreOfStaff("centre");
        long centre2 = fixtures.centreOfStaff("centre2");
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(82));
        long ok = fixtures.candidate().followedBy(centre).create();
        long ofCentre2 = fixtures.candidate().followedBy(centre2).create();
        String stranger = reference(ofCentre2);
        upload("centre", session, HEADER + reference(ok) + ";;;;;\r\n" + stranger + ";;;;;\r\nT4-NOBODY;;;;;\r\n")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("errors.field", contains("lines[3].reference", "lines[4].reference"))
                // the same words for a reference another centre holds and one nobody holds: nothing leaks
                .body("errors[0].message", equalTo("Ligne 3, colonne « reference » : Candidat inconnu : aucun "
                        + "candidat suivi par le centre n'a la référence « " + stranger + " »."))
                .body("errors[1].message", equalTo("Ligne 4, colonne « reference » : Candidat inconnu : aucun "
                        + "candidat suivi par le centre n'a la référence « T4-NOBODY »."));
        assertThat(BulkEnrolmentResourceTest.enrolled("centre", session), empty());
    }

    @Test
    void theRulesOfOneEnrolmentRefuseALineNamedByItsLineAndColumnAndNothingIsWritten() {
        long centre = fixtures.centreOfStaff("centre");
        long session = fixtures.plannedSession("centre", SessionType.CCP, LocalDate.now().plusDays(84),
                LocalDate.now().plusDays(85), 10, 1, 2);
        long first = fixtures.candidate().followedBy(centre).create();
        long second = fixtures.candidate().followedBy(centre).create();
        fixtures.enrol(session, first);
        upload("centre", session, HEADER + reference(second) + ";;;;2;\r\n" + reference(first) + ";;;;;\r\n")
                .statusCode(422)
                .body("detail", startsWith("Aucune inscription enregistrée : 2 ligne(s) envoyée(s), 1 refusée(s)."))
                .body("errors.field", contains("lines[3].reference"))
                .body("errors[0].message", startsWith("Ligne 3, colonne « reference », "))
                .body("errors[0].message", containsString("Déjà inscrit(e) à cette session."));
        assertThat(BulkEnrolmentResourceTest.enrolled("centre", session), contains((int) first));
        // the CCP column is the choice of one enrolment: a CCP the session does not hold is refused on its column
        upload("centre", session, HEADER + reference(second) + ";;;;7;\r\n").statusCode(422)
                .body("errors.field", contains("lines[2].ccp"));
        upload("centre", session, HEADER + reference(second) + ";;;;2;\r\n").statusCode(201)
                .body("enrolments[0].ccpNumbers", equalTo(List.of(2)));
    }

    @Test
    void anotherCentreAndAJurorAreRefusedAndNothingIsWritten() {
        long centre = fixtures.centreOfStaff("centre");
        fixtures.centreOfStaff("centre2");
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(86));
        String file = HEADER + reference(fixtures.candidate().followedBy(centre).create()) + ";;;;;\r\n";
        upload("centre2", session, file).statusCode(404);
        upload("jury", session, file).statusCode(403);
        as("centre2").get("/api/sessions/" + session + "/enrolments/bulk.csv/template").then().statusCode(404);
        assertThat(BulkEnrolmentResourceTest.enrolled("centre", session), empty());
    }

    @Test
    void anEmptyFileANonCsvFileABadLineMoreThan500LinesAndATooLargeFileAreRefusedInFrench() {
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(88));
        upload("centre", session, new byte[0]).statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", startsWith("Le fichier est vide"));
        upload("centre", session, new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0}).statusCode(400)
                .body("errors[0].message", startsWith("Ce fichier n'est pas un fichier CSV"));
        upload("centre", session, HEADER + ";Martin;Léa;31/02/1995;;\r\n").statusCode(400)
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("errors.field", hasItem("lines[2].date_naissance"))
                .body("errors[0].message", startsWith("Ligne 2, colonne « date_naissance » : Date de naissance "
                        + "invalide"));
        String lines = IntStream.rangeClosed(1, 501).mapToObj(i -> "T4-" + i).collect(Collectors.joining("\r\n"));
        upload("centre", session, "reference\r\n" + lines).statusCode(400)
                .body("errors[0].message", startsWith("500 candidats au plus par fichier"));
        upload("centre", session, "reference\r\n" + "T4-X;".repeat(60_000)).statusCode(413)
                .body("type", equalTo("urn:titrepro:problem:payload-too-large"));
        assertThat(BulkEnrolmentResourceTest.enrolled("centre", session), empty());
    }

    @Test
    void theTemplateHasTheColumnsOfTheFile() {
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(90));
        as("centre").get("/api/sessions/" + session + "/enrolments/bulk.csv/template").then().statusCode(200)
                .header("Content-Type", containsString("text/csv"))
                .header("Content-Disposition", containsString("modele-inscription-session.csv"))
                .body(startsWith("reference;nom;prenom;date_naissance;ccp;experience_mois"));
    }
}
