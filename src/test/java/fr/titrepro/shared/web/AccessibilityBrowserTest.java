package fr.titrepro.shared.web;

import com.microsoft.playwright.Page;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.Axe;
import fr.titrepro.support.Browser;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.Tokens;
import fr.titrepro.support.VaeFixtures;
import fr.titrepro.support.VersionDiffFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: axe-core on every page type of every role — lists, forms with their errors shown, the session page, the
 * scoring grid, the deliberation board, the imports, « Mes documents », the verification page, the VAE form, the
 * diff page, the error pages and the statement pages — with no violation of impact « serious » or « critical ».
 * One Quarkus start, one browser, one page per role reused from page to page.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures deliberation;

    @Inject
    DocumentFixtures documents;

    @Inject
    VersionDiffFixtures diffs;

    static Browser browser;

    /** The violations found, by page (role and address), reported all at once. */
    final Map<String, List<String>> violations = new LinkedHashMap<>();
    final List<String> audited = new ArrayList<>();

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    Page as(String login) {
        Page page = browser.newPage();
        page.setViewportSize(1280, 900);
        page.onDialog(d -> d.accept());
        if (login != null) {
            Browser.login(page, base.toString(), login);
        }
        return page;
    }

    void audit(Page page, String who, String path) {
        page.navigate(base + path);
        auditHere(page, who);
    }

    void auditHere(Page page, String who) {
        String where = who + " " + page.url().substring(base.toString().length() - 1);
        audited.add(where);
        List<String> found = Axe.violations(page);
        if (!found.isEmpty()) {
            violations.put(where, found);
        }
    }

    /** Submits the first form of the main content as it is (empty) and audits the page with its errors. */
    void auditErrors(Page page, String who, String path, String submit) {
        page.navigate(base + path);
        page.locator(submit + ":visible").first().click();
        page.waitForLoadState();
        auditHere(page, who + " (erreurs)");
    }

    @Test
    void everyPageTypeOfEveryRoleHasNoSeriousViolation() {
        ScoringFixtures.Scenario scored = scoring.scenario().inCentreOf("centre").trainees(1)
                .accommodations(25, "Lecteur d'écran").create();
        ScoringFixtures.Scenario deliberating = scoring.scenario().inCentreOf("centre").trainees(2)
                .status(SessionStatus.DELIBERATION).create();
        deliberation.agree(deliberating.sessionId(), deliberating.enrolment(0), 1, Verdict.ACQUIRED);
        deliberation.agree(deliberating.sessionId(), deliberating.enrolment(0), 2, Verdict.ACQUIRED);
        IssuedDocument parchemin = documents.lucasWithParchemin();
        String diffCode = diffs.titleWithTwoVersions("Titre audité");
        long vae = RestAssured.given().auth().oauth2(Tokens.of("conseiller")).contentType(ContentType.JSON)
                .body(VaeFixtures.eligibleTri(VaeFixtures.uniqueName())).post("/api/vae/applications")
                .then().statusCode(201).extract().<Number>path("id").longValue();

        Page anonymous = as(null);
        for (String path : List.of("", "verify", "verify/" + parchemin.code, "verify/AAAA-BBBB-CCCC",
                "accessibility", "legal-notice", "personal-data")) {
            audit(anonymous, "anonyme", path);
        }

        Page admin = as("admin");
        for (String path : List.of("", "admin/centres", "admin/centres/" + deliberating.centreId(), "candidates",
                "sessions", "sessions/" + deliberating.sessionId(), "jurors",
                "jurors/" + deliberating.jurorIds().get("jury"), "documents", "documents/" + parchemin.code,
                "admin/log", "vae", "titles", "titles/TP-00496", "titles/" + diffCode + "/diff", "titles/reac-import",
                "sessions/" + deliberating.sessionId() + "/deliberation", "sessions/999999999")) {
            audit(admin, "admin", path);
        }
        auditErrors(admin, "admin", "admin/centres/new", "main form.form button[type=submit]");
        auditErrors(admin, "admin", "sessions/new", "main form button[type=submit]");
        auditErrors(admin, "admin", "jurors", "main form.form button[type=submit]");

        Page centre = as("centre");
        for (String path : List.of("", "centre", "candidates", "candidates/" + scored.candidateIds().get(0),
                "candidates/import", "candidates/link-requests", "sessions", "sessions/" + scored.sessionId(),
                "sessions/" + scored.sessionId() + "/edit", "sessions/" + deliberating.sessionId() + "/deliberation")) {
            audit(centre, "centre", path);
        }
        auditErrors(centre, "centre", "candidates/new", "main form.form button[type=submit]");

        Page jury = as("jury");
        for (String path : List.of("", "me/sessions", "scoring",
                "scoring/sessions/" + scored.sessionId() + "/enrolments/" + scored.enrolment(0),
                "scoring/grids/" + ScoringFixtures.gridIds("jury", scored, 0).getFirst() + "/history",
                "sessions/" + deliberating.sessionId() + "/deliberation")) {
            audit(jury, "jury", path);
        }

        Page candidate = as("candidat");
        for (String path : List.of("", "mon-dossier", "me/sessions", "me/documents")) {
            audit(candidate, "candidat", path);
        }

        Page adviser = as("conseiller");
        for (String path : List.of("", "vae", "vae/applications/" + vae, "vae/applications/" + vae + "/edit")) {
            audit(adviser, "conseiller", path);
        }
        auditErrors(adviser, "conseiller", "vae/applications/new", "#vae-form button[type=submit]");

        assertThat(audited).hasSizeGreaterThan(40);
        assertThat(violations).as(() -> "axe, serious or critical:\n" + report()).isEmpty();
    }

    String report() {
        StringBuilder text = new StringBuilder();
        violations.forEach((page, found) -> text.append(page).append("\n  ").append(String.join("\n  ", found))
                .append('\n'));
        return text.toString();
    }
}
