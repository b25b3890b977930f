package fr.titrepro.referential.diff;

import fr.titrepro.security.Roles;
import fr.titrepro.support.VersionDiffFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Compare two millésimes through the API, and save the revision's table (admin), official only with the arrêté. */
@QuarkusTest
class VersionDiffResourceTest {

    @Inject
    VersionDiffFixtures fixtures;

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void aCentreReadsWhatChangedFromTrteToTri() {
        given().get("/api/titles/TP-00496/versions/2010/diff/05").then().statusCode(200)
                .body("from.acronym", equalTo("TRTE"))
                .body("to.acronym", equalTo("TRI"))
                .body("summary.fromCcps", equalTo(3))
                .body("summary.toCcps", equalTo(2))
                .body("summary.text", containsString("3 CCP → 2 CCP"))
                .body("ccps.change", equalTo(List.of("RENAMED", "RENAMED", "REMOVED")))
                .body("competencies.findAll { it.moved }.fromNumber", equalTo(List.of(7)))
                .body("competencies.findAll { it.moved }.toNumber", equalTo(List.of(3)))
                .body("competencies.findAll { it.moved }.toCcp", equalTo(List.of(1)))
                .body("competencies.find { it.toNumber == 7 }.change", equalTo("ADDED"))
                .body("proposal.label", equalTo(List.of("CCP 1 → CCP 1", "CCP 2 → CCP 2")))
                .body("currentTable.fromVersion", equalTo("2010"))
                .body("currentTable.official", equalTo(false))
                .body("currentTable.applied", equalTo(false));
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void theQueryPathComparesVersionsOfAnyCodesAndRefusesAMalformedReference() {
        given().get("/api/titles/diff?from=TP-00496:2010&to=TP-00496:05").then().statusCode(200)
                .body("summary.fromCcps", equalTo(3))
                .body("competencies.findAll { it.moved }.fromNumber", equalTo(List.of(7)));
        given().get("/api/titles/diff?from=TP-00496&to=TP-00496:05").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("CODE:VERSION"));
    }

    @Test
    @TestSecurity(user = "candidat", roles = Roles.CANDIDATE)
    void anUnknownVersionIsA404Problem() {
        given().get("/api/titles/TP-00496/versions/1999/diff/05").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Le titre « TP-00496 » n'a pas de version « 1999 »."));
    }

    @Test
    @TestSecurity(user = "t13-admin", roles = Roles.ADMIN)
    void theAdminSavesATableOfficialOnlyWithTheArreteAndConfirmsBeforeReplacingIt() {
        String code = fixtures.titleWithTwoVersions("Titre comparé");
        given().get("/api/titles/" + code + "/versions/01/diff/02").then().statusCode(200)
                .body("ccps.change", equalTo(List.of("KEPT", "RENAMED")))
                .body("proposal.label", equalTo(List.of("CCP 1 → CCP 1", "CCP 2 → CCP 2")))
                .body("currentTable", nullValue());

        // official without the citation of the arrêté: refused on its field, nothing written
        given().contentType(ContentType.JSON).body(table("01", true, null, null, false, line(1, 1), line(2, 2)))
                .put("/api/titles/" + code + "/versions/02/correspondence").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("decree")))
                .body("errors[0].message", containsString("arrêté de spécialité"));
        // a CCP that the replaced version does not have
        given().contentType(ContentType.JSON).body(table("01", false, null, null, false, line(3, 1)))
                .put("/api/titles/" + code + "/versions/02/correspondence").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].from"))
                .body("errors[0].message", equalTo("Ligne 1 : le CCP 3 n'existe pas dans la version remplacée."));
        given().get("/api/titles/" + code + "?version=02").then().statusCode(200).body("replaces", nullValue());

        // information only: saved, shown, not applied
        given().contentType(ContentType.JSON)
                .body(table("01", false, null, "Proposée d'après la comparaison.", false, line(1, 1), line(2, 2)))
                .put("/api/titles/" + code + "/versions/02/correspondence").then().statusCode(200)
                .body("official", equalTo(false))
                .body("applied", equalTo(false))
                .body("lines.label", equalTo(List.of("CCP 1 → CCP 1", "CCP 2 → CCP 2")));
        given().get("/api/titles/" + code + "?version=02").then().statusCode(200)
                .body("replaces.version", equalTo("01"))
                .body("replaces.official", equalTo(false))
                .body("replaces.correspondences.line", equalTo(List.of("CCP 1 → CCP 1", "CCP 2 → CCP 2")));

        // replacing it needs the confirmation
        String decree = "arrêté du 3 mars 2025 relatif au titre professionnel de test";
        Map<String, Object> official = table("01", true, decree, null, false, Map.of("from", List.of(1, 2), "to", List.of(2)));
        given().contentType(ContentType.JSON).body(official)
                .put("/api/titles/" + code + "/versions/02/correspondence").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("confirmez son remplacement"));
        official.put("overwrite", true);
        given().contentType(ContentType.JSON).body(official)
                .put("/api/titles/" + code + "/versions/02/correspondence").then().statusCode(200)
                .body("official", equalTo(true))
                .body("applied", equalTo(true))
                .body("decree", equalTo(decree))
                .body("lines.label", equalTo(List.of("CCP 1 + CCP 2 → CCP 2")));
        given().get("/api/titles/" + code + "?version=02").then().statusCode(200)
                .body("replaces.official", equalTo(true))
                .body("replaces.applied", equalTo(true))
                .body("replaces.correspondences", hasSize(1));
        given().get("/api/admin/log?action=CORRESPONDENCE_TABLE_SAVED&size=100").then().statusCode(200)
                .body("items.detail", hasItem(code + " 01 → " + code + " 02, officielle : " + decree + ", 1 ligne(s)"));
    }

    @Test
    @TestSecurity(user = "t13-admin", roles = Roles.ADMIN)
    void aVersionCannotReplaceItselfNorAVersionThatReplacesIt() {
        String code = fixtures.titleWithTwoVersions("Titre en boucle");
        given().contentType(ContentType.JSON).body(table("02", false, null, null, false, line(1, 1)))
                .put("/api/titles/" + code + "/versions/02/correspondence").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("fromVersion"));
        given().contentType(ContentType.JSON).body(table("01", false, null, null, false, line(1, 1)))
                .put("/api/titles/" + code + "/versions/02/correspondence").then().statusCode(200);
        given().contentType(ContentType.JSON).body(table("02", false, null, null, false, line(1, 1)))
                .put("/api/titles/" + code + "/versions/01/correspondence").then().statusCode(422)
                .body("detail", containsString("boucle"));
        given().contentType(ContentType.JSON).body(table("01", false, null, null, false, line(1, 1)))
                .put("/api/titles/" + code + "/versions/09/correspondence").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void aCentreMayNotSaveATable() {
        given().contentType(ContentType.JSON).body(table("2010", false, null, null, true, line(1, 1)))
                .put("/api/titles/TP-00496/versions/05/correspondence").then().statusCode(403);
    }

    static Map<String, Object> line(int from, int to) {
        return Map.of("from", List.of(from), "to", List.of(to));
    }

    @SafeVarargs
    static Map<String, Object> table(String fromVersion, boolean official, String decree, String note,
                                     boolean overwrite, Map<String, Object>... lines) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("fromVersion", fromVersion);
        body.put("official", official);
        body.put("decree", decree);
        body.put("note", note);
        body.put("overwrite", overwrite);
        body.put("lines", List.of(lines));
        return body;
    }
}
