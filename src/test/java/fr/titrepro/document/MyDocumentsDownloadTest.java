package fr.titrepro.document;

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
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Results day (issue 14): a holder's PDF is read with its owner check in one statement, carries its SHA-256 as ETag
 * and is answered 304 without the bytes when the client already holds it — never to another candidate, and a revoked
 * document is still downloaded by its holder, as before.
 */
@QuarkusTest
class MyDocumentsDownloadTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    IssuedDocuments issued;

    @Test
    @TestSecurity(user = "candidat-etag", roles = Roles.CANDIDATE)
    void theHolderRevalidatesHisPdfByItsHash() {
        Candidate me = fixtures.candidateWithLogin("candidat-etag");
        IssuedDocument d = fixtures.issueTriParchemin(me.id, LocalDate.of(2026, 4, 2), "Nantes");
        String tag = "\"" + d.pdfSha256 + "\"";
        for (String path : new String[] {"/api/me/documents/", "/me/documents/"}) {
            byte[] pdf = given().get(path + d.id + "/pdf").then().statusCode(200)
                    .header("ETag", tag).header("Cache-Control", "private, no-cache")
                    .header("Content-Disposition", equalTo("attachment; filename=\"" + d.fileName() + "\""))
                    .extract().asByteArray();
            assertThat(DocumentService.sha256(pdf)).isEqualTo(d.pdfSha256);
            given().header("If-None-Match", tag).get(path + d.id + "/pdf").then().statusCode(304)
                    .header("ETag", tag).header("Cache-Control", "private, no-cache")
                    .header("Content-Disposition", nullValue()).body(emptyString());
            given().header("If-None-Match", "\"autre\", W/" + tag).get(path + d.id + "/pdf").then().statusCode(304);
            byte[] again = given().header("If-None-Match", "\"" + "0".repeat(64) + "\"").get(path + d.id + "/pdf")
                    .then().statusCode(200).header("ETag", tag).extract().asByteArray();
            assertThat(again).isEqualTo(pdf);
        }
    }

    @Test
    @TestSecurity(user = "candidat-etag-2", roles = Roles.CANDIDATE)
    void anotherCandidateHoldingTheHashStillGets404() {
        Candidate other = fixtures.newCandidate(null);
        IssuedDocument theirs = fixtures.issueTriParchemin(other.id, LocalDate.of(2026, 4, 2), "Nantes");
        fixtures.candidateWithLogin("candidat-etag-2");
        for (String ifNoneMatch : new String[] {"\"" + theirs.pdfSha256 + "\"", "*"}) {
            given().header("If-None-Match", ifNoneMatch).get("/api/me/documents/" + theirs.id + "/pdf").then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:titrepro:problem:not-found"));
            given().header("If-None-Match", ifNoneMatch).get("/me/documents/" + theirs.id + "/pdf").then()
                    .statusCode(404);
        }
        given().get("/api/me/documents/" + theirs.id + "/pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "candidat-sans-dossier", roles = Roles.CANDIDATE)
    void aLoginLinkedToNoCandidateHasNoDocument() {
        IssuedDocument lucas = fixtures.lucasWithParchemin();
        given().get("/api/me/documents").then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/me/documents/" + lucas.id + "/pdf").then().statusCode(404);
        given().header("If-None-Match", "*").get("/api/me/documents/" + lucas.id + "/pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "candidat-revoque", roles = Roles.CANDIDATE)
    void aRevokedDocumentIsListedAsRevokedAndItsPdfStillDownloaded() {
        Candidate me = fixtures.candidateWithLogin("candidat-revoque");
        IssuedDocument d = fixtures.issueTriParchemin(me.id, LocalDate.of(2026, 4, 9), "Rennes");
        issued.revoke(d.code, "Fraude établie après la session.");
        given().get("/api/me/documents").then().statusCode(200)
                .body("find { it.code == '" + d.code + "' }.status", equalTo("REVOKED"))
                .body("find { it.code == '" + d.code + "' }.revocationReason",
                        equalTo("Fraude établie après la session."));
        byte[] pdf = given().get("/api/me/documents/" + d.id + "/pdf").then().statusCode(200)
                .header("ETag", "\"" + d.pdfSha256 + "\"").extract().asByteArray();
        assertThat(DocumentService.sha256(pdf)).isEqualTo(d.pdfSha256);
    }

    @Test
    @TestSecurity(user = "candidat-ccp", roles = Roles.CANDIDATE)
    void aCcpCredentialHasNoPdfEvenWithATag() {
        Candidate me = fixtures.candidateWithLogin("candidat-ccp");
        fixtures.hold(me.id, "TP-00496", "05", 1, LocalDate.of(2026, 3, 12), "Lyon");
        IssuedDocument ccp = fixtures.issueTriCcpCredential(me.id, 1);
        given().get("/api/me/documents").then().statusCode(200)
                .body("find { it.code == '" + ccp.code + "' }.pdfUrl", nullValue());
        given().header("If-None-Match", "*").get("/api/me/documents/" + ccp.id + "/pdf").then().statusCode(404)
                .body("detail", equalTo("Le certificat de compétences professionnelles " + ccp.code + " n'a pas de PDF : "
                        + "c'est un justificatif numérique (JSON)."));
    }
}
