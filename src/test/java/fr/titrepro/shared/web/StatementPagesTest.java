package fr.titrepro.shared.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 18: the accessibility statement (RGAA 4.1 model), the legal notice and the personal data page are public,
 * and every page — public, logged-in or an error — links them from its footer with the state of compliance.
 */
@QuarkusTest
class StatementPagesTest {

    static final String FOOTER = "Accessibilité : non conforme";

    @Test
    void theAccessibilityStatementHasEverySectionOfTheRgaaModel() {
        given().accept("text/html").get("/accessibility").then().statusCode(200)
                .body(allOf(containsString("<title>Déclaration d'accessibilité · titrepro</title>"),
                        containsString("État de conformité"), containsString("Contenus non accessibles"),
                        containsString("Établissement de cette déclaration d'accessibilité"),
                        containsString("Technologies utilisées"), containsString("Environnement de test"),
                        containsString("Retour d'information et contact"), containsString("Voies de recours"),
                        containsString("Défenseur des droits"), containsString("axe-core 4.14.1"),
                        containsString("href=\"mailto:contact@titrepro.example\"")));
    }

    @Test
    void theLegalNoticeAndThePersonalDataPageArePublic() {
        given().accept("text/html").get("/legal-notice").then().statusCode(200)
                .body(allOf(containsString("<h1>Mentions légales</h1>"), containsString("Éditeur"),
                        containsString("Hébergement")));
        given().accept("text/html").get("/personal-data").then().statusCode(200)
                .body(allOf(containsString("Responsable du traitement"), containsString("R. 338-1"),
                        containsString("article 17"), containsString("7 jours"), containsString("180 jours"),
                        containsString("CNIL")));
    }

    @Test
    void everyPageLinksTheStatementsFromItsFooter() {
        for (String path : new String[] {"/", "/verify", "/verify/AAAA-BBBB-CCCC", "/personal-data"}) {
            given().accept("text/html").get(path).then()
                    .body(allOf(containsString(FOOTER), containsString("<a href=\"/accessibility\">"),
                            containsString("<a href=\"/legal-notice\">"), containsString("<a href=\"/personal-data\">")));
        }
        given().auth().oauth2(fr.titrepro.support.Tokens.of("centre")).accept("text/html").get("/sessions").then()
                .statusCode(200).body(containsString(FOOTER));
    }
}
