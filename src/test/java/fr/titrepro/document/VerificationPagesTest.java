package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.document.verification.MonotonicClock;
import fr.titrepro.document.verification.VerificationRateLimiter;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** GET /verify/{code}: anyone, no login; a page for people and JSON for programs. */
@QuarkusTest
class VerificationPagesTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocuments issued;

    @Inject
    VerificationRateLimiter limiter;

    /** Time stands still unless a test moves it: the limiter's refills never depend on how loaded the machine is. */
    static final class ManualClock extends MonotonicClock {
        private long now = 1_000_000_000_000L;

        @Override
        public long nanoTime() {
            return now;
        }

        void advanceSeconds(long seconds) {
            now += seconds * 1_000_000_000L;
        }
    }

    ManualClock clock;

    @BeforeEach
    void freshLimitsAndStoppedClock() {
        clock = new ManualClock();
        QuarkusMock.installMockForType(clock, MonotonicClock.class);
        limiter.reset();
    }

    @AfterEach
    void freshLimits() {
        limiter.reset();
    }

    @Test
    void aValidDocument() {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument d = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        given().accept("text/html").get("/verify/" + d.code).then().statusCode(200)
                .contentType("text/html")
                .body(allOf(containsString("Document authentique et valide"),
                        containsString(c.identity.firstNames + " " + c.identity.birthName.toUpperCase()),
                        containsString("Technicien réseaux IP"), containsString("Titre professionnel obtenu"),
                        containsString("12 mars 2026 à Lyon"), containsString(d.code),
                        not(containsString(c.identity.birthDate.toString())), not(containsString("Se déconnecter"))));
        given().accept("application/json").get("/verify/" + d.code.toLowerCase().replace("-", "")).then()
                .statusCode(200)
                .body("code", equalTo(d.code))
                .body("status", equalTo("VALID"))
                .body("valid", equalTo(true))
                .body("kind", equalTo("PARCHEMIN"))
                .body("holderName", equalTo(c.identity.firstNames + " " + c.identity.birthName.toUpperCase()))
                .body("titleName", equalTo("Technicien réseaux IP"))
                .body("outcome", equalTo("Titre professionnel obtenu"))
                .body("date", equalTo("2026-03-12"))
                .body("currentCode", nullValue());
    }

    @Test
    void aSupersededDocumentLeadsToTheCurrentOne() {
        Candidate c = fixtures.newCandidate(null);
        fixtures.hold(c.id, "TP-00496", "05", 1, LocalDate.of(2025, 6, 20), "Villeurbanne");
        IssuedDocument v1 = fixtures.issueTriLivret(c.id, LocalDate.of(2025, 6, 20), "Villeurbanne");
        fixtures.hold(c.id, "TP-00496", "05", 2, LocalDate.of(2026, 3, 12), "Lyon");
        IssuedDocument v2 = fixtures.issueTriLivret(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        given().accept("text/html").get("/verify/" + v1.code).then().statusCode(200)
                .body(allOf(containsString("Document remplacé"), containsString("href=\"/verify/" + v2.code + "\""),
                        containsString("Livret de certification")));
        given().accept("application/json").get("/verify/" + v1.code).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("valid", equalTo(false))
                .body("currentCode", equalTo(v2.code))
                .body("currentUrl", equalTo(documents.verificationUrl(v2.code)));
        given().accept("application/json").get("/verify/" + v2.code).then().statusCode(200)
                .body("status", equalTo("VALID")).body("version", equalTo(2));
    }

    @Test
    void aRevokedDocumentSaysSoWithItsReason() {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument d = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        issued.revoke(d.code, "Fraude établie après la session (rapport du 20/03/2026).");
        given().accept("text/html").get("/verify/" + d.code).then().statusCode(200)
                .body(allOf(containsString("Document révoqué"),
                        containsString("Fraude établie après la session (rapport du 20/03/2026)."),
                        not(containsString("authentique et valide"))));
        given().accept("application/json").get("/verify/" + d.code).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("valid", equalTo(false))
                .body("revocationReason", equalTo("Fraude établie après la session (rapport du 20/03/2026)."));
    }

    @Test
    void anUnknownCodeIsAClear404() {
        given().accept("text/html").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404)
                .contentType("text/html")
                .body(allOf(containsString("Code inconnu"), containsString("ZZZZ-ZZZZ-ZZZZ"),
                        not(containsString("Exception"))));
        given().accept("application/json").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:not-found"))
                .body("detail", containsString("ZZZZ-ZZZZ-ZZZZ"));
        given().accept("text/html").get("/verify/pas-un-code").then().statusCode(404)
                .body(containsString("Code inconnu"));
    }

    @Test
    void theFormLeadsToTheVerificationPage() {
        given().accept("text/html").get("/verify").then().statusCode(200).body(containsString("Code de vérification"));
        given().accept("text/html").redirects().follow(false).get("/verify?code=7kqm 3xpa 9htv").then()
                .statusCode(303).header("Location", containsString("/verify/7KQM-3XPA-9HTV"));
        given().accept("text/html").get("/verify?code=abc").then().statusCode(400)
                .body(containsString("12 caractères"));
    }

    @Test
    void verificationsAreLimitedPerClient() {
        // 30 at once (burst, titrepro.documents.verification.burst), then one every 2 s (30 per minute)
        for (int i = 0; i < 30; i++) {
            given().accept("application/json").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
        }
        given().accept("application/json").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("2"))
                .body("type", equalTo("urn:titrepro:problem:too-many-requests"))
                .body("detail", containsString("réessayez"));
        given().accept("text/html").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(429)
                .contentType("text/html")
                .body(containsString("Trop de vérifications"));

        clock.advanceSeconds(1);
        given().accept("application/json").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(429)
                .header("Retry-After", equalTo("1"));
        clock.advanceSeconds(1);
        given().accept("application/json").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
        given().accept("application/json").get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(429);
    }
}
