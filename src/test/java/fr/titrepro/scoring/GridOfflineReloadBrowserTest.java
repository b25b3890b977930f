package fr.titrepro.scoring;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.titrepro.support.Browser;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.titrepro.scoring.ScoringBrowserTest.SLOW;
import static fr.titrepro.scoring.ScoringBrowserTest.choose;
import static fr.titrepro.scoring.ScoringBrowserTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17: a tablet that reloads the grid while the network is down used to show the browser's error page. The
 * service worker (/sw.js, scope /scoring/) keeps the grid page and its scripts: the reload offline shows the grid from
 * the device with the change still pending, and the change reaches the server when the network returns.
 */
@QuarkusTest
class GridOfflineReloadBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScoringFixtures fixtures;

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
    void aGridReloadedOffline_showsTheGridAndItsPendingChange_thenSyncsOnline() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        Page page = browser.newPage();
        page.setViewportSize(820, 1180);
        Browser.login(page, base.toString(), "jury");
        page.navigate(base + "scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(0));
        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        // the service worker has kept this page and its scripts
        assertThat(page.locator("#grid-app")).hasAttribute("data-offline-ready", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));

        page.context().setOffline(true);
        choose(page, "C1.2", "NOT_OBSERVED");
        assertThat(line(page, "C1.2")).hasAttribute("data-state", "pending");

        page.reload();
        assertThat(page.locator(".sc-section h2")).hasText(Pattern.compile("Compétence 1 – Connecter"));
        assertThat(page.locator(".sc-net")).hasAttribute("data-state", "offline");
        assertThat(page.locator(".sc-net-state")).hasText(Pattern.compile("^Hors ligne"));
        assertThat(line(page, "C1.2")).hasAttribute("data-state", "pending");
        assertThat(line(page, "C1.2").locator("button[data-value='NOT_OBSERVED']"))
                .hasAttribute("aria-checked", "true");
        assertThat(page.locator(".sc-net-pending")).hasText("1 modification en attente");
        assertThat(page.evaluate("() => navigator.serviceWorker.controller !== null")).isEqualTo(true);

        page.context().setOffline(false);
        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        assertThat(line(page, "C1.2")).hasAttribute("data-state", "saved");
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        assertThat(ScoringFixtures.as("jury").get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath()
                .getString("sections[0].criteria.find { it.key == 'C1.2' }.value")).isEqualTo("NOT_OBSERVED");
        // the control: the network emulation reaches the worker; without the copy, a reload offline is an error page
        page.evaluate("() => caches.keys().then(names => Promise.all(names.map(n => caches.delete(n))))");
        page.context().setOffline(true);
        assertThatThrownBy(page::reload).isInstanceOf(PlaywrightException.class);
        page.context().close();
    }
}
