package fr.titrepro.session;

import com.microsoft.playwright.Page;
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
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The centre ticks several followed candidates on the session page and enrols them in one go (issue 14); with a
 * candidate the rules refuse among them, nobody is enrolled and the refusal names that candidate.
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
}
