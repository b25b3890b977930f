package fr.titrepro.document;

import fr.titrepro.support.PdfText;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.security.Roles;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** « Mes documents »: a candidate sees and downloads their own documents only. */
@QuarkusTest
class MyDocumentsTest {

    @Inject
    DocumentFixtures fixtures;

    @Test
    @TestSecurity(user = "candidat", roles = Roles.CANDIDATE)
    void lucasListsAndDownloadsHisParchemin() {
        IssuedDocument parchemin = fixtures.lucasWithParchemin();
        Candidate lucas = fixtures.lucasMartin();
        given().get("/api/me/documents").then().statusCode(200)
                .body("code", hasItem(parchemin.code))
                .body("kind", hasItem("LIVRET"))
                .body("find { it.code == '" + parchemin.code + "' }.pdfUrl",
                        equalTo("/api/me/documents/" + parchemin.id + "/pdf"))
                .body("find { it.code == '" + parchemin.code + "' }.outcome", equalTo("Titre professionnel obtenu"));
        byte[] pdf = given().get("/api/me/documents/" + parchemin.id + "/pdf").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"parchemin-TP-00496-v"))
                .extract().asByteArray();
        assertThat(DocumentService.sha256(pdf)).isEqualTo(parchemin.pdfSha256);
        assertThat(PdfText.text(pdf)).contains(lucas.identity.birthName.toUpperCase(), lucas.identity.firstNames);
        assertThat(lucas.username).isEqualTo("candidat");
        given().accept("text/html").get("/me/documents").then().statusCode(200)
                .body(allOf(containsString("Mes documents"), containsString(parchemin.code),
                        containsString("href=\"/me/documents/" + parchemin.id + "/pdf\"")));
        byte[] fromPage = given().get("/me/documents/" + parchemin.id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(fromPage).isEqualTo(pdf);
    }

    @Test
    @TestSecurity(user = "candidat2", roles = Roles.CANDIDATE)
    void anotherCandidatesDocumentIsNotFound() {
        IssuedDocument lucas = fixtures.lucasWithParchemin();
        Candidate me = fixtures.candidateWithLogin("candidat2");
        IssuedDocument mine = fixtures.issueTriParchemin(me.id, LocalDate.of(2026, 1, 8), "Tours");
        IssuedDocument nobodys = fixtures.issueTriParchemin(fixtures.newCandidate(null).id, LocalDate.of(2026, 1, 8),
                "Tours");
        given().get("/api/me/documents").then().statusCode(200)
                .body("code", hasItem(mine.code))
                .body("code", not(hasItem(lucas.code)));
        given().get("/api/me/documents/" + lucas.id + "/pdf").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:not-found"));
        given().get("/api/me/documents/" + nobodys.id + "/pdf").then().statusCode(404);
        given().get("/api/me/documents/999999999/pdf").then().statusCode(404);
        given().get("/api/me/documents/" + mine.id + "/pdf").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "candidat-isole", roles = Roles.CANDIDATE)
    void aCandidateSeesOnlyTheirOwnDocuments() {
        Candidate me = fixtures.candidateWithLogin("candidat-isole");
        IssuedDocument mine = fixtures.issueTriParchemin(me.id, LocalDate.of(2026, 2, 2), "Dijon");
        IssuedDocument lucas = fixtures.lucasWithParchemin();
        given().get("/api/me/documents").then().statusCode(200)
                .body("code", hasItem(mine.code))
                .body("code", not(hasItem(lucas.code)));
        given().get("/api/me/documents/" + mine.id + "/pdf").then().statusCode(200);
        given().get("/api/me/documents/" + lucas.id + "/pdf").then().statusCode(404);
        given().get("/me/documents/" + lucas.id + "/pdf").then().statusCode(404);
        given().accept("text/html").get("/me/documents").then().statusCode(200)
                .body(allOf(containsString(mine.code), not(containsString(lucas.code))));
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void onlyCandidatesHaveMesDocuments() {
        given().get("/api/me/documents").then().statusCode(403);
    }

    @Test
    void anonymousIs401() {
        given().get("/api/me/documents").then().statusCode(401);
    }
}
