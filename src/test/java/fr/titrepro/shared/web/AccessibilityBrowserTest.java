package fr.titrepro.shared.web;

import com.microsoft.playwright.Page;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.Axe;
import fr.titrepro.support.Browser;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.Keyboard;
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
    final Map<String, String> titles = new LinkedHashMap<>();

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

    record Data(ScoringFixtures.Scenario scored, ScoringFixtures.Scenario deliberating, IssuedDocument parchemin,
                String diffCode, long vae) {
    }

    /** A session being scored (candidate 1's grids submitted by both jurors), one in deliberation, a parchemin… */
    Data data() {
        ScoringFixtures.Scenario scored = scoring.scenario().inCentreOf("centre").trainees(2)
                .accommodations(25, "Lecteur d'écran").create();
        for (String login : List.of("jury", "jury2")) {
            for (long grid : ScoringFixtures.gridIds(login, scored, 1)) {
                ScoringFixtures.fillAndSubmit(login, grid, k -> "MET", k -> "ACQUIRED", "ACQUIRED");
            }
        }
        ScoringFixtures.Scenario deliberating = scoring.scenario().inCentreOf("centre").trainees(2)
                .status(SessionStatus.DELIBERATION).create();
        deliberation.agree(deliberating.sessionId(), deliberating.enrolment(0), 1, Verdict.ACQUIRED);
        deliberation.agree(deliberating.sessionId(), deliberating.enrolment(0), 2, Verdict.ACQUIRED);
        long vae = RestAssured.given().auth().oauth2(Tokens.of("conseiller")).contentType(ContentType.JSON)
                .body(VaeFixtures.eligibleTri(VaeFixtures.uniqueName())).post("/api/vae/applications")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        return new Data(scored, deliberating, documents.lucasWithParchemin(),
                diffs.titleWithTwoVersions("Titre audité"), vae);
    }

    void auditAll(Page page, String who, String... paths) {
        for (String path : paths) {
            audit(page, who, path);
        }
    }

    /** The error pages audited on purpose; any other page must answer (not audit an error page by mistake). */
    static final java.util.Set<String> ERROR_PAGES = java.util.Set.of("verify/AAAA-BBBB-CCCC", "sessions/999999999");

    void audit(Page page, String who, String path) {
        int status = page.navigate(base + path).status();
        assertThat(status).as(who + " /" + path).isEqualTo(ERROR_PAGES.contains(path) ? 404 : 200);
        auditHere(page, who);
    }

    void auditHere(Page page, String who) {
        String where = who + " " + page.url().substring(base.toString().length() - 1);
        audited.add(where);
        titles.put(where, page.title());
        List<String> found = new ArrayList<>(Axe.violations(page));
        found.addAll(structure(page));
        if (!found.isEmpty()) {
            violations.put(where, found);
        }
    }

    /**
     * What axe does not require and the RGAA does: a caption and scoped headers on every data table (5.4, 5.7), the
     * page's language (8.3), a title of its own (8.5, 8.6), fields in error marked and described (11.10).
     */
    @SuppressWarnings("unchecked")
    static List<String> structure(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const found = [];
                  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '');
                  document.querySelectorAll('table').forEach(t => {
                    if (!t.caption || !t.caption.textContent.trim()) found.push('table without caption: ' + name(t));
                    t.querySelectorAll('th:not([scope])').forEach(th => found.push('th without scope in ' + name(t) + ': ' + th.textContent.trim()));
                  });
                  if (document.documentElement.lang !== 'fr') found.push('html lang is not fr');
                  if (!/ · titrepro$/.test(document.title) || document.title.startsWith('titrepro ·')) found.push('no page title of its own: ' + document.title);
                  document.querySelectorAll('.field-error[id]:not([hidden])').forEach(e => {
                    const field = document.querySelector('[aria-describedby~="' + e.id + '"]');
                    if (!field || field.getAttribute('aria-invalid') !== 'true') found.push('error not tied to its field: ' + e.id);
                  });
                  document.querySelectorAll('.error-summary a').forEach(a => {
                    const target = document.getElementById(a.getAttribute('href').substring(1));
                    if (!target || !target.matches('input, select, textarea')) found.push('summary link to no field: ' + a.getAttribute('href'));
                  });
                  return found;
                }""");
    }

    /** Submits the first form of the main content as it is (empty) and audits the page with its errors. */
    void auditErrors(Page page, String who, String path, String submit) {
        page.navigate(base + path);
        page.locator(submit + ":visible").first().click();
        page.waitForSelector("[aria-invalid=true]"); // the errors are shown, by the server or by the page's script
        auditHere(page, who + " (erreurs)");
    }

    @Test
    void everyPageTypeOfEveryRoleHasNoSeriousViolation() {
        Data d = data();
        auditAll(as(null), "anonyme", "", "verify", "verify/" + d.parchemin().code, "verify/AAAA-BBBB-CCCC",
                "accessibility", "legal-notice", "personal-data");

        Page admin = as("admin");
        auditAll(admin, "admin", "", "admin/centres", "admin/centres/" + d.deliberating().centreId(), "candidates",
                "sessions", "sessions/" + d.deliberating().sessionId(), "jurors",
                "jurors/" + d.deliberating().jurorIds().get("jury"), "documents", "documents/" + d.parchemin().code,
                "admin/log", "vae", "titles", "titles/TP-00496", "titles/" + d.diffCode() + "/diff",
                "titles/reac-import", "sessions/" + d.deliberating().sessionId() + "/deliberation",
                "sessions/999999999", "insights", "admin/mails");
        auditErrors(admin, "admin", "admin/centres/new", "main form.form button[type=submit]");
        auditErrors(admin, "admin", "sessions/new", "main form button[type=submit]");
        auditErrors(admin, "admin", "jurors", "main form.form button[type=submit]");
        auditErrors(admin, "admin", "titles/reac-import", "#reac-read");

        Page centre = as("centre");
        long scoredSession = d.scored().sessionId();
        auditAll(centre, "centre", "", "centre", "candidates", "candidates/" + d.scored().candidateIds().get(0),
                "candidates/import", "candidates/link-requests", "sessions", "sessions/" + scoredSession,
                "sessions/" + scoredSession + "/planning", "sessions/" + scoredSession + "/edit", "sessions/" + d.deliberating().sessionId() + "/deliberation",
                "insights", "sessions/" + scoredSession + "/emargement");
        auditErrors(centre, "centre", "candidates/new", "main form.form button[type=submit]");
        auditErrors(centre, "centre", "candidates/import", "#analyse");

        String enrolments = "scoring/sessions/" + scoredSession + "/enrolments/";
        auditAll(as("jury"), "jury", "", "me/sessions", "scoring", enrolments + d.scored().enrolment(0),
                enrolments + d.scored().enrolment(1) + "/reconciliation",
                "scoring/grids/" + ScoringFixtures.gridIds("jury", d.scored(), 0).getFirst() + "/history",
                "sessions/" + d.deliberating().sessionId() + "/deliberation", "me/notifications",
                "sessions/" + scoredSession + "/emargement");
        auditAll(as("candidat"), "candidat", "", "mon-dossier", "me/sessions", "me/documents", "me/notifications");

        Page adviser = as("conseiller");
        auditAll(adviser, "conseiller", "", "vae", "vae/applications/" + d.vae(), "vae/applications/" + d.vae() + "/edit");
        auditErrors(adviser, "conseiller", "vae/applications/new", "#vae-form button[value=save].btn");

        assertThat(audited).hasSizeGreaterThan(40);
        // every page of the administration has a title of its own
        assertThat(titles.entrySet().stream().filter(e -> e.getKey().startsWith("admin /")).map(Map.Entry::getValue))
                .doesNotHaveDuplicates();
        assertThat(violations).as(() -> "axe, serious or critical:\n" + report()).isEmpty();
    }

    /**
     * The deliberation by keyboard only (RGAA 10.7, 12.8, 12.9): from the top of the page, Tab reaches the decision
     * form and walks its controls in their reading order, each with a visible focus; the decision is chosen with the
     * arrow keys and submitted with Enter; Tab leaves the form (no trap) and reaches the footer; the PV is signed
     * with Space.
     */
    @Test
    void theJuryDeliberatesAndSignsWithTheKeyboardOnly() {
        ScoringFixtures.Scenario s = scoring.scenario().trainees(1).status(SessionStatus.DELIBERATION).create();
        deliberation.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        deliberation.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        Page jury = as("jury");
        jury.navigate(base + "sessions/" + s.sessionId() + "/deliberation");
        String form = "#form-decide-" + s.enrolment(0);
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) jury.evaluate("f => [...document.querySelectorAll(f + ' select, ' + f"
                + " + ' textarea, ' + f + ' input:not([type=hidden]), ' + f + ' button')].map(e => e.id || e.textContent.trim())",
                form);
        assertThat(controls).hasSize(6).startsWith("decide-" + s.enrolment(0) + "-attendance");

        List<String> walked = new ArrayList<>();
        Keyboard.tabUntil(jury, "decide-" + s.enrolment(0) + "-attendance");
        for (int i = 0; i < controls.size(); i++) {
            walked.add(Keyboard.focused(jury));
            assertThat(Keyboard.focusVisible(jury)).as("visible focus on " + Keyboard.focused(jury)).isTrue();
            if (walked.getLast().endsWith("-finalInterview")) {
                jury.keyboard().press("ArrowDown");
            }
            if (i < controls.size() - 1) {
                jury.keyboard().press("Tab");
            }
        }
        assertThat(walked).containsExactlyElementsOf(controls);
        assertThat(jury.locator("#decide-" + s.enrolment(0) + "-finalInterview").inputValue())
                .isEqualTo("HELD_FAVOURABLY");
        jury.keyboard().press("Tab");
        assertThat((Boolean) jury.evaluate("f => !document.querySelector(f).contains(document.activeElement)", form))
                .as("Tab leaves the form").isTrue();
        jury.keyboard().press("Shift+Tab");
        jury.keyboard().press("Enter");
        jury.waitForSelector("#notice");
        assertThat(jury.locator("#notice").textContent()).isEqualTo("Décision enregistrée.");
        assertThat(jury.locator("#candidate-" + s.enrolment(0) + " .outcome").textContent()).isEqualTo("Titre obtenu");

        Keyboard.tabUntil(jury, "Déclaration d'accessibilité");
        jury.navigate(base + "sessions/" + s.sessionId() + "/deliberation");
        Keyboard.tabUntil(jury, "Signer le procès-verbal");
        assertThat(Keyboard.focusVisible(jury)).isTrue();
        jury.keyboard().press("Space");
        jury.waitForSelector("#notice:has-text('Votre signature est enregistrée')");
    }

    /** WCAG 1.4.4 / RGAA 10.4: at 200 % zoom (a 1280 px wide window seen at 640 CSS px) nothing scrolls sideways. */
    @Test
    void pagesZoomedTo200PercentHaveNoHorizontalScroll() {
        Page page = browser.newPage();
        page.setViewportSize(640, 450);
        Browser.login(page, base.toString(), "centre");
        for (String path : List.of("", "candidates/new", "sessions", "accessibility")) {
            page.navigate(base + path);
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scroll on /" + path).isTrue();
            // the text itself doubled: nothing is cut by a fixed height
            page.evaluate("() => document.documentElement.style.fontSize = '34px'");
            assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('main *:not(.sr-only)')].every(e => "
                    + "getComputedStyle(e).overflowY !== 'hidden' || e.scrollHeight <= e.clientHeight + 1)"))
                    .as("no clipped text on /" + path).isTrue();
        }
    }

    String report() {
        StringBuilder text = new StringBuilder();
        violations.forEach((page, found) -> text.append(page).append("\n  ").append(String.join("\n  ", found))
                .append('\n'));
        return text.toString();
    }
}
