package fr.titrepro.deliberation;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.Browser;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.PdfText;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deliberation in headless Chromium, each user logged in through the Keycloak form: « jury » records the
 * decisions — the entretien final with the candidate's livret in view — and signs, « jury2 » signs (the session is
 * closed), « admin » validates (the documents are issued) and records an appeal, which « jury » re-deliberates; the
 * rectified PV is signed again by both jurors and validated again before the result changes (issue 11).
 */
@QuarkusTest
class DeliberationBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScoringFixtures scoring;

    @Inject
    DeliberationFixtures fixtures;

    @Inject
    fr.titrepro.support.SessionFixtures sessions;

    @Inject
    fr.titrepro.session.jury.JurorRepository jurors;

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** The confirmation questions asked (js/page-actions.js, issue 12) and what the CSP refused, per test. */
    final List<String> confirmations = new CopyOnWriteArrayList<>();
    final List<String> refusedByCsp = new CopyOnWriteArrayList<>();

    /** A new browser context (own cookies) logged in as {@code login}, on the deliberation page; confirms accepted. */
    Page open(String login, long sessionId) {
        Page page = browser.newPage();
        page.setViewportSize(1280, 900);
        page.onDialog(d -> {
            confirmations.add(d.message());
            d.accept();
        });
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refusedByCsp.add(m.text());
            }
        });
        Browser.login(page, base.toString(), login);
        page.navigate(base + "sessions/" + sessionId + "/deliberation");
        assertThat(page.locator("h1")).hasText("Délibération et procès-verbal");
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name)).setFullPage(true));
    }

    @Test
    void theJuryDecidesAndSignsThenTheAdministrationValidates() {
        ScoringFixtures.Scenario s = scoring.scenario().trainees(2).status(SessionStatus.DELIBERATION).create();
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        // candidate 0 already holds CCP 1 from an earlier session: the jury sees it in the livret
        sessions.holds(s.candidateIds().get(0), "TP-00496", "05", 1);

        Page jury = open("jury", s.sessionId());
        Locator livret = jury.locator("#livret-" + s.enrolment(0));
        assertThat(livret).containsText("Livret de certification");
        assertThat(livret).containsText("CCP 1 – Intervenir sur un réseau IP — obtenu le");
        assertThat(livret).containsText("à Lille");
        assertThat(jury.locator("#livret-" + s.enrolment(1))).containsText("Aucun CCP détenu avant cette session");
        assertThat(jury.locator("#session-status")).hasText("En délibération");
        assertThat(jury.locator("#form-sign button")).isDisabled();
        Locator first = jury.locator("#form-decide-" + s.enrolment(0));
        first.locator("select[name=finalInterview]").selectOption("HELD_FAVOURABLY");
        first.locator("button[type=submit]").click();
        assertThat(jury.locator("#notice")).hasText("Décision enregistrée.");
        assertThat(jury.locator("#candidate-" + s.enrolment(0) + " .outcome")).hasText("Titre obtenu");

        Locator second = jury.locator("#form-decide-" + s.enrolment(1));
        second.locator("select[name=attendance]").selectOption("ABSENT");
        second.locator("button[type=submit]").click();
        assertThat(jury.locator("#candidate-" + s.enrolment(1) + " .outcome")).hasText("Absent");
        assertThat(jury.locator("#undecided")).hasCount(0);
        screenshot(jury, "deliberation-jury.png");

        jury.locator("#form-sign button").click();
        assertThat(jury.locator("#notice")).containsText("Votre signature est enregistrée");
        assertThat(jury.locator("#signatures li").filter(new Locator.FilterOptions().setHasText("signé le")))
                .hasCount(1);
        assertThat(jury.locator("#session-status")).hasText("En délibération");

        Page jury2 = open("jury2", s.sessionId());
        jury2.locator("#form-sign button").click();
        assertThat(jury2.locator("#session-status")).hasText("Close");
        assertThat(jury2.locator("#notice")).containsText("signé par tout le jury");
        assertThat(jury2.locator("#signatures li").filter(new Locator.FilterOptions().setHasText("signé le")))
                .hasCount(2);
        assertThat(jury2.locator("#pv-pdf")).hasText("PV signé (PDF)");
        assertThat(jury2.locator("form.delib-form")).hasCount(0);

        Page admin = open("admin", s.sessionId());
        assertThat(admin.locator("#documents-zip")).hasCount(0);
        admin.locator("#form-validate button").click();
        assertThat(admin.locator("#session-status")).hasText("Validée");
        assertThat(admin.locator("#notice")).containsText("livrets et parchemins délivrés");
        assertThat(admin.locator("#form-appeal")).isVisible();
        assertThat(admin.locator("#documents-zip")).isVisible();
        screenshot(admin, "deliberation-validated.png");
        // the confirmations are asked by a script file, the CSP refusing inline handlers (issue 12)
        assertThat(confirmations).hasSize(3).anyMatch(q -> q.startsWith("Signer le procès-verbal ?"))
                .anyMatch(q -> q.startsWith("Valider le procès-verbal ?"));
        assertThat(refusedByCsp).isEmpty();

        // the links of the page answer in the browser's own session (cookie, no bearer token)
        APIResponse zip = admin.context().request().get(base + admin.locator("#documents-zip").getAttribute("href")
                .substring(1));
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.headers().get("content-type")).isEqualTo("application/zip");
        APIResponse pv = admin.context().request().get(base + admin.locator("#pv-pdf").getAttribute("href")
                .substring(1));
        assertThat(pv.status()).isEqualTo(200);
        assertThat(PdfText.text(pv.body())).doesNotContain("Projet");

        // an appeal of the absent candidate: recorded by the administration, re-deliberated by the jury
        admin.locator("#appeal-enrolment").selectOption(String.valueOf(s.enrolment(1)));
        admin.locator("#form-appeal button").click();
        assertThat(admin.locator("#appeal-motive-error")).hasText("Indiquez le motif du recours.");
        admin.locator("#appeal-motive").fill("Le candidat était présent : la feuille d'émargement en atteste.");
        admin.locator("#form-appeal button").click();
        assertThat(admin.locator("#notice")).containsText("Recours enregistré");

        jury.navigate(base + "sessions/" + s.sessionId() + "/deliberation");
        Locator appeal = jury.locator("form[id^='form-redeliberate-']");
        appeal.locator("select[name=attendance]").selectOption("PRESENT");
        appeal.locator("select[id$='-ccp-1']").selectOption("ACQUIRED");
        appeal.locator("select[id$='-ccp-2']").selectOption("NOT_ACQUIRED");
        appeal.locator("select[name=finalInterview]").selectOption("HELD_FAVOURABLY");
        appeal.locator("textarea[name=reason]").fill("Trop court");
        appeal.locator("button[type=submit]").click();
        assertThat(appeal.locator("textarea[name=reason]")).hasAttribute("aria-invalid", "true");
        assertThat(appeal.locator(".field-error")).containsText("Motivez la nouvelle décision");
        assertThat(appeal.locator("select[id$='-ccp-2']")).hasValue("NOT_ACQUIRED");
        appeal.locator("textarea[name=reason]").fill("Présence attestée : les épreuves passées sont examinées.");
        appeal.locator("button[type=submit]").click();
        assertThat(jury.locator("#notice")).containsText("procès-verbal rectificatif doit être signé à nouveau");
        assertThat(jury.locator("#candidate-" + s.enrolment(1) + " .outcome")).hasText("Réussite partielle");
        assertThat(jury.locator("#candidate-" + s.enrolment(1) + " .acquired")).hasText("CCP acquis : 1");
        assertThat(jury.locator("#recours")).isVisible();
        assertThat(jury.locator(".delib-appeals")).containsText("PV rectificatif à signer");
        // nothing changes before the rectified PV is signed again and validated again
        assertThat(jury.locator("#rectification")).containsText("en attente des signatures du jury");
        assertThat(jury.locator(".delib-pv")).not().containsText("rectificatif n° 1");
        jury.locator("#form-sign button").click();
        assertThat(jury.locator("#notice")).containsText("Votre signature est enregistrée");
        jury2.navigate(base + "sessions/" + s.sessionId() + "/deliberation");
        assertThat(jury2.locator("#form-sign button")).hasText("Signer le procès-verbal rectificatif");
        jury2.locator("#form-sign button").click();
        assertThat(jury2.locator("#rectification")).containsText("en attente de validation");
        admin.navigate(base + "sessions/" + s.sessionId() + "/deliberation");
        assertThat(admin.locator("#form-validate button")).hasText("Valider le procès-verbal rectificatif");
        admin.locator("#form-validate button").click();
        assertThat(admin.locator("#notice")).containsText("Procès-verbal validé");
        assertThat(admin.locator("#rectification")).hasCount(0);
        assertThat(admin.locator(".delib-pv")).containsText("rectificatif n° 1");
        assertThat(admin.locator(".delib-appeals")).containsText("PV rectificatif validé");
        screenshot(jury, "deliberation-appeal.png");
    }

    /**
     * Issue 11, finding 3 (DOMAIN "Centres, jurors": « One juror never decides alone »): jury2 declares a link with the
     * candidate during the deliberation; the page warns, jury's decision is refused with the rule; the centre adds
     * a habilitated juror on the session page; the jury of two without conflict then decides.
     */
    @Test
    void aLateConflictBlocksTheDecisionUntilTheCentreAddsAJuror() {
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(1)
                .status(SessionStatus.DELIBERATION).create();
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        ScoringFixtures.as("jury2").body(java.util.Map.of("jurorId", s.jurorIds().get("jury2"),
                        "candidateId", s.candidateIds().get(0), "kind", "TRAINER", "note", "A formé le candidat"))
                .post("/api/sessions/" + s.sessionId() + "/conflicts").then().statusCode(201);

        Page jury = open("jury", s.sessionId());
        assertThat(jury.locator("#candidate-" + s.enrolment(0) + " .quorum-warning")).containsText("Jury incomplet");
        Locator form = jury.locator("#form-decide-" + s.enrolment(0));
        form.locator("select[name=finalInterview]").selectOption("HELD_FAVOURABLY");
        form.locator("button[type=submit]").click();
        assertThat(jury.locator("#form-decide-" + s.enrolment(0) + " .errors-box"))
                .containsText("Un juré ne décide jamais seul");
        assertThat(jury.locator("#candidate-" + s.enrolment(0) + " .outcome")).hasCount(0);

        // a habilitated juror free on these dates (the demo jurors may sit on other sessions of the same days)
        long jury3 = sessions.juror("jure-" + fr.titrepro.support.SessionFixtures.unique(), 8, "TP-00496",
                java.time.LocalDate.now().minusYears(1), java.time.LocalDate.now().plusYears(1));
        Page centre = browser.newPage();
        centre.setViewportSize(1280, 900);
        centre.onDialog(Dialog::accept);
        Browser.login(centre, base.toString(), "centre");
        centre.navigate(base + "sessions/" + s.sessionId());
        centre.locator("#jurorId").selectOption(String.valueOf(jury3));
        centre.locator("button:has-text('Ajouter au jury')").click();
        assertThat(centre.locator("table.jury")).containsText(jurors.findById(jury3).fullName());

        jury.navigate(base + "sessions/" + s.sessionId() + "/deliberation");
        assertThat(jury.locator("#candidate-" + s.enrolment(0) + " .quorum-warning")).hasCount(0);
        form = jury.locator("#form-decide-" + s.enrolment(0));
        form.locator("select[name=finalInterview]").selectOption("HELD_FAVOURABLY");
        form.locator("button[type=submit]").click();
        assertThat(jury.locator("#candidate-" + s.enrolment(0) + " .outcome")).hasText("Titre obtenu");
    }
}
