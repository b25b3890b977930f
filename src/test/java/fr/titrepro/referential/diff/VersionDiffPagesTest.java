package fr.titrepro.referential.diff;

import fr.titrepro.security.Roles;
import fr.titrepro.support.VersionDiffFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The « Comparer deux millésimes » page: everybody reads the diff, the administration saves the table. */
@QuarkusTest
class VersionDiffPagesTest {

    @Inject
    VersionDiffFixtures fixtures;

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void aJurorSeesWhatChangedFromTrteToTriWithoutTheForm() {
        given().accept("text/html").get("/titles/TP-00496/diff").then().statusCode(200)
                .body(allOf(containsString("TRTE version 2010 → TRI version 05"),
                        containsString("3 CCP → 2 CCP"),
                        containsString("déplacé"),
                        containsString("compétence 7. Mettre en œuvre les équipements actifs d&#39;interconnexion réseau (CCP 2)"),
                        containsString("compétence 3. Installer et configurer les équipements réseau (CCP 1)"),
                        containsString("CCP 1 → CCP 1"),
                        containsString("non officielle"),
                        not(containsString("Enregistrer la table"))));
    }

    @Test
    @TestSecurity(user = "t13-admin", roles = Roles.ADMIN)
    void theAdminSavesTheTableFromThePageOfficialOnlyWithTheArrete() {
        String code = fixtures.titleWithTwoVersions("Titre de la page");
        given().accept("text/html").get("/titles/" + code + "/diff").then().statusCode(200)
                .body(allOf(containsString("Enregistrer la table"), containsString("value=\"" + code + ":01\" selected"),
                        not(containsString("data-confirm"))));

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("from", code + ":01").formParam("to", code + ":02").formParam("official", "true")
                .formParam("lineFrom", "1", "2, 1", "").formParam("lineTo", "1", "2", "")
                .post("/titles/" + code + "/diff").then().statusCode(400)
                .body(containsString("Une table officielle cite l&#39;arrêté de spécialité"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("from", code + ":01").formParam("to", code + ":02")
                .formParam("lineFrom", "un").formParam("lineTo", "1")
                .post("/titles/" + code + "/diff").then().statusCode(400)
                .body(containsString("Ligne 1 : écrivez des numéros de CCP séparés par des virgules"));
        given().get("/api/titles/" + code + "?version=02").then().statusCode(200).body("replaces", nullValue());

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("from", code + ":01").formParam("to", code + ":02").formParam("official", "true")
                .formParam("decree", "arrêté du 3 mars 2025 relatif au titre de la page")
                .formParam("lineFrom", "1", "1 + 2", "").formParam("lineTo", "1", "2", "")
                .post("/titles/" + code + "/diff").then().statusCode(303)
                .header("Location", containsString("notice=saved"));
        given().accept("text/html").get("/titles/" + code + "/diff?from=" + code + ":01&to=" + code + ":02&notice=saved")
                .then().statusCode(200)
                .body(allOf(containsString("Table de correspondance enregistrée."), containsString("data-confirm"),
                        containsString("<strong>officielle</strong>"), containsString("CCP 1 + CCP 2 → CCP 2"),
                        containsString("value=\"1, 2\"")));
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void aCentreCannotPostATable() {
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("from", "TP-00496:2010").formParam("to", "TP-00496:05").formParam("lineFrom", "1")
                .formParam("lineTo", "1").post("/titles/TP-00496/diff").then().statusCode(403);
    }
}
