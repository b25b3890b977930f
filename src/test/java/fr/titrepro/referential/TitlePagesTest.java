package fr.titrepro.referential;

import fr.titrepro.security.Roles;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TitlePagesTest {

    @Inject
    SessionFixtures sessions;

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void titleListShowsTri() {
        given().accept("text/html").get("/titles").then().statusCode(200)
                .body(allOf(containsString("Technicien réseaux IP"), containsString("En vigueur")));
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void titlePageShowsCcpCompetenciesCriteriaAndCorrespondences() {
        given().accept("text/html").get("/titles/TP-00496").then().statusCode(200)
                .body(allOf(
                        containsString("CCP 1 – Intervenir sur un réseau IP"),
                        containsString("8. Installer et maintenir un système de téléphonie IP"),
                        containsString("Le téléphone permet d&#39;effectuer un appel"),
                        containsString("Compétences transversales"),
                        containsString("Remplace la version 2010"),
                        containsString("Table non officielle : information seulement"),
                        containsString("aucun candidat")));
    }

    /** Fiche TP-00496, notes ¹ and ²: the parchemin cites the title's arrêté de spécialité; the page shows which. */
    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void titlePageShowsTheArreteDeSpecialiteOrSaysItIsMissing() {
        given().accept("text/html").get("/titles/TP-00496").then().statusCode(200)
                .body(allOf(containsString("Arrêté de spécialité"),
                        containsString("arrêté du 22 juillet 2003 portant création du titre professionnel de technicien "
                                + "réseaux IP, modifié (JO du 24 décembre 2020)"),
                        not(containsString("Non renseigné : les parchemins"))));
        String code = SessionFixtures.uniqueTitleCode();
        sessions.importTitle(ReferentialFixtures.sampleTitle(code, "Titre sans arrêté " + code));
        given().accept("text/html").get("/titles/" + code).then().statusCode(200)
                .body(containsString("Non renseigné : les parchemins de cette version ne visent pas l'arrêté de "
                        + "spécialité du titre"));
    }

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void unknownTitlePageIsAFrenchErrorPage() {
        given().accept("text/html").get("/titles/TP-99999").then().statusCode(404)
                .contentType("text/html")
                .body(allOf(containsString("Ressource introuvable"), not(containsString("Exception"))));
    }

    @Test
    void anonymousVisitorIsSentToTheKeycloakLogin() {
        given().accept("text/html").redirects().follow(false).get("/titles").then().statusCode(302)
                .header("Location", startsWith("http://127.0.0.1:8180/realms/titrepro/protocol/openid-connect/auth"));
    }

    @Test
    void homePageInvitesToLogIn() {
        given().accept("text/html").get("/").then().statusCode(200).body(containsString("Se connecter"));
    }
}
