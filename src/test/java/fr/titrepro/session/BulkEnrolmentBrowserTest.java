package fr.titrepro.session;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.support.Browser;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The centre ticks several followed candidates on the session page and enrols them in one go (issue 14); with a
 * candidate the rules refuse among them, nobody is enrolled and the refusal names that candidate. Or it uploads a
 * CSV file: a line naming another centre's candidate is listed with its line and column, and nobody is enrolled.
 */
@QuarkusTest
class BulkEnrolmentBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SessionFixtures fixtures;

    @Inject
    CandidateRepository candidates;

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    String tick(Page page, long candidate) {
        page.check("#bulk-enrolment input[value='" + candidate + "']");
        return candidates.findById(candidate).fullName();
    }

    @Test
    void aCentreTicksCandidatesAndEnrolsThemAllOrNone() {
        long centre = fixtures.centreOfStaff("centre");
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(210));
        String suffix = SessionFixtures.unique();
        long first = fixtures.candidate().named("Cochee" + suffix, "Léa").followedBy(centre).create();
        long second = fixtures.candidate().named("Cochee" + suffix, "Marc").followedBy(centre).create();
        long refused = fixtures.candidate().named("Refusee" + suffix, "Zoé").pathway(Pathway.PARTIAL)
                .followedBy(centre).create();

        Page page = browser.newPage();
        page.onDialog(d -> d.accept());
        Browser.login(page, base.toString(), "centre");
        page.navigate(base + "sessions/" + session);
        String firstName = tick(page, first);
        String secondName = tick(page, second);
        String refusedName = tick(page, refused);
        page.click("button:has-text('Inscrire les candidats cochés')");
        assertThat(page.locator("#enrol-errors")).containsText("Ligne 3, " + refusedName);
        assertThat(page.locator("#enrol-errors")).containsText("obtient le titre par capitalisation");
        assertThat(page.locator("text=Aucun candidat inscrit.")).isVisible();

        tick(page, first);
        tick(page, second);
        page.click("button:has-text('Inscrire les candidats cochés')");
        assertThat(page.locator(".success")).hasText("Candidats cochés inscrits.");
        assertThat(page.locator("table.enrolments")).containsText(firstName);
        assertThat(page.locator("table.enrolments")).containsText(secondName);
        assertThat(page.locator("#bulk-enrolment")).not().containsText(firstName);
        assertThat(page.locator("#bulk-enrolment")).containsText(refusedName);
    }

    @Test
    void aCentreUploadsACsvFileAndSeesEachRefusedLineThenEnrolsTheFile() {
        long centre = fixtures.centreOfStaff("centre");
        long centre2 = fixtures.centreOfStaff("centre2");
        long session = fixtures.plannedSession("centre", LocalDate.now().plusDays(212));
        String suffix = SessionFixtures.unique();
        long first = fixtures.candidate().named("Fichier" + suffix, "Léa").followedBy(centre).create();
        long second = fixtures.candidate().named("Fichier" + suffix, "Marc").followedBy(centre).create();
        String stranger = candidates.findById(fixtures.candidate().followedBy(centre2).create()).reference;
        String header = "reference;nom;prenom;date_naissance\r\n";
        String good = candidates.findById(first).reference + ";;;\r\n;Fichier" + suffix + ";Marc;12/04/1995\r\n";

        Page page = browser.newPage();
        page.onDialog(d -> d.accept());
        Browser.login(page, base.toString(), "centre");
        page.navigate(base + "sessions/" + session);
        assertThat(page.locator("#file-enrolment a[download]")).hasAttribute("href",
                "/api/sessions/" + session + "/enrolments/bulk.csv/template");
        page.setInputFiles("#enrolmentFile", csv(header + good + stranger + ";;;\r\n"));
        page.click("button:has-text('Inscrire les candidats du fichier')");
        assertThat(page.locator("#enrol-errors")).containsText("Ligne 4, colonne « reference » : Candidat inconnu");
        assertThat(page.locator("#enrol-errors")).containsText(stranger);
        assertThat(page.locator("#enrolmentFile")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("text=Aucun candidat inscrit.")).isVisible();

        page.setInputFiles("#enrolmentFile", csv(header + good));
        page.click("button:has-text('Inscrire les candidats du fichier')");
        assertThat(page.locator(".success")).hasText("Candidats du fichier inscrits.");
        assertThat(page.locator("table.enrolments")).containsText(candidates.findById(first).fullName());
        assertThat(page.locator("table.enrolments")).containsText(candidates.findById(second).fullName());
    }

    static FilePayload csv(String text) {
        return new FilePayload("inscriptions.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
