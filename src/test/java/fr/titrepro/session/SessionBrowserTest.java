package fr.titrepro.session;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.Browser;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The centre user logs in through the real Keycloak form, plans a session, enrols a candidate and composes the
 * jury, then schedules the session, in headless Chromium.
 */
@QuarkusTest
class SessionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SessionFixtures fixtures;

    @Inject
    JurorRepository jurors;

    @Inject
    fr.titrepro.candidate.CandidateRepository candidates;

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aCentrePlansASessionEnrolsACandidateAndComposesTheJury() {
        long centre = fixtures.centreOfStaff("centre");
        long candidate = fixtures.candidate().named("Navigateur" + SessionFixtures.unique(), "Inès")
                .followedBy(centre).create();
        String candidateName = candidates.findById(candidate).fullName();
        long first = fixtures.triJuror();
        long second = fixtures.triJuror();
        LocalDate start = LocalDate.now().plusDays(200);

        Page page = browser.newPage();
        Browser.login(page, base.toString(), "centre");
        page.click("nav.menu >> text=Sessions");
        assertThat(page.locator("h1")).hasText("Sessions d'examen");
        page.click("text=Planifier une session");

        page.selectOption("#titleCode", "TP-00496");
        page.selectOption("#type", "TITLE");
        page.fill("#startDate", start.plusDays(1).toString());
        page.fill("#endDate", start.toString());
        page.fill("#capacity", "10");
        page.fill("#managerName", "Marc Lefebvre");
        page.click("button:has-text('Créer la session')");
        assertThat(page.locator("#endDate-error")).hasText("La date de fin doit être le jour de début ou après.");

        page.fill("#startDate", start.toString());
        page.fill("#endDate", start.plusDays(1).toString());
        page.click("button:has-text('Créer la session')");
        assertThat(page.locator(".success")).containsText("Session créée à l'état Brouillon");
        assertThat(page.locator("#session-status")).hasText("Brouillon");

        page.selectOption("#candidateId", String.valueOf(candidate));
        page.click("button:has-text('Inscrire')");
        assertThat(page.locator(".success")).hasText("Candidat inscrit.");
        assertThat(page.locator("table.enrolments")).containsText(candidateName);
        // the timetables are on the planning page (issue 14), linked from the session page
        String sessionPage = page.url();
        page.click("#planning-link");
        assertThat(page.locator("h1")).hasText("Planning des épreuves");
        assertThat(page.locator("#planning + h3")).hasText(candidateName);
        page.navigate(sessionPage);

        String convocation = page.locator("table.enrolments a:has-text('PDF')").getAttribute("href");
        var pdf = page.request().get(base + convocation.substring(1));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");

        page.selectOption("#jurorId", new SelectOption().setValue(String.valueOf(first)));
        page.click("button:has-text('Ajouter au jury')");
        assertThat(page.locator("table.jury")).containsText(jurors.findById(first).fullName());
        assertThat(page.locator("#composition-problems")).containsText("Le jury compte 1 membre");
        page.selectOption("#jurorId", new SelectOption().setValue(String.valueOf(second)));
        page.click("button:has-text('Ajouter au jury')");
        assertThat(page.locator("table.jury")).containsText(jurors.findById(second).fullName());
        assertThat(page.locator("text=Composition valide")).isVisible();

        page.click("button:has-text('Passer à « Programmée »')");
        assertThat(page.locator("#session-status")).hasText("Programmée");
        assertThat(page.locator("li.action.refused")).containsText("La session ne peut pas commencer avant son "
                + "premier jour");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/session-page.png"))
                .setFullPage(true));
    }
}
