package fr.titrepro.scoring;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.titrepro.support.Browser;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.titrepro.scoring.ScoringBrowserTest.SLOW;
import static fr.titrepro.scoring.ScoringBrowserTest.choose;
import static fr.titrepro.scoring.ScoringBrowserTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17, the juror's grid on a tablet, in headless Chromium logged in as "jury".
 * <ul>
 * <li>A tablet that reloaded the grid while the network was down showed the browser's error page. The service worker
 * (/sw.js, scope /scoring/) keeps the grid page and its scripts: the reload offline shows the grid from the device
 * with the change still pending, and the change reaches the server when the network returns.</li>
 * <li>The grid scored with the keyboard only. Tab goes CCP tabs → sections → one stop per line (its choices, then
 * its observation) → the proposed decision → the step buttons; Enter chooses, the arrow keys move along the
 * choices; every stop shows its focus (computed outline not « none »); Tab leaves the grid (no trap).</li>
 * </ul>
 */
@QuarkusTest
class GridTabletBrowserTest {

    /** Where the focus is, as a path the test can read: "part", "section-link", "choice C1.1 MET", "obs C1.1"… */
    private static final String FOCUS = """
            () => {
              const a = document.activeElement;
              if (!a || a === document.body || !document.getElementById('grid-app').contains(a)) return 'outside';
              const line = a.closest('.sc-criterion');
              if (a.classList.contains('sc-part')) return 'part';
              if (a.classList.contains('sc-section-link')) return 'section-link';
              if (a.classList.contains('sc-choice')) {
                const owner = line ? line.dataset.key : a.closest('.sc-proposal').dataset.target;
                return 'choice ' + owner + ' ' + a.dataset.value;
              }
              if (a.tagName === 'TEXTAREA') return 'obs ' + line.dataset.key;
              return a.tagName.toLowerCase() + ' ' + a.textContent.trim();
            }""";

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

    Page tablet() {
        Page page = browser.newPage();
        page.setViewportSize(820, 1180);
        Browser.login(page, base.toString(), "jury");
        return page;
    }

    static String focus(Page page) {
        return (String) page.evaluate(FOCUS);
    }

    static String outline(Page page) {
        return (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
    }

    /** Presses Tab until the focus is on a stop starting with that prefix; returns the stops passed. */
    static List<String> tabTo(Page page, String prefix) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            String now = focus(page);
            passed.add(now);
            if (!"outside".equals(now)) {
                assertThat(outline(page)).as("focus visible on " + now).isNotEqualTo("none");
            }
            if (now.startsWith(prefix)) {
                return passed;
            }
        }
        throw new AssertionError("never reached " + prefix + " : " + passed);
    }

    @Test
    void aJurorScoresACompetencyWithTheKeyboardOnly() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        Page page = tablet();
        page.navigate(base + "scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(0));
        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);

        // from the top of the page: the CCP tabs, then the sections, then the first line's choices
        List<String> path = tabTo(page, "choice C1.1");
        int part = path.indexOf("part");
        int sections = path.indexOf("section-link");
        assertThat(part).isNotNegative().isLessThan(sections);
        assertThat(path.getLast()).isEqualTo("choice C1.1 MET");
        page.keyboard().press("Enter");
        assertThat(line(page, "C1.1").locator("button[data-value='MET']")).hasAttribute("aria-checked", "true");
        // the arrows choose along the line; the focus stays on the choices
        page.keyboard().press("ArrowRight");
        assertThat(line(page, "C1.1")).hasAttribute("data-state", "incomplete");
        assertThat(focus(page)).isEqualTo("choice C1.1 NOT_MET");
        // one stop per line: Tab goes to its observation, then to the next line
        page.keyboard().press("Tab");
        assertThat(focus(page)).isEqualTo("obs C1.1");
        page.keyboard().type("Câblage non testé");
        page.keyboard().press("Tab");
        assertThat(focus(page)).isEqualTo("choice C1.2 MET");
        assertThat(line(page, "C1.1")).hasAttribute("data-state", Pattern.compile("pending|saved"));
        page.keyboard().press("Enter");
        // Shift+Tab goes back the same way
        page.keyboard().press("Shift+Tab");
        assertThat(focus(page)).isEqualTo("obs C1.1");
        page.keyboard().press("Tab");

        // the competency's proposed decision, with the keyboard
        tabTo(page, "choice competency:");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".sc-proposal button[data-value='NOT_ACQUIRED']")).hasAttribute("aria-checked", "true");
        // then « Suivant » takes the focus to the next competency's heading
        tabTo(page, "button Suivant");
        page.keyboard().press("Enter");
        assertThat(page.locator(".sc-section h2")).hasText(Pattern.compile("Compétence 2"));
        assertThat(page.evaluate("() => document.activeElement.tagName")).isEqualTo("H2");
        assertThat(outline(page)).isNotEqualTo("none");
        // no trap: Tab carries on through the grid and leaves it
        tabTo(page, "outside");

        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        JsonPath stored = ScoringFixtures.as("jury").get("/api/grids/" + grid).then().statusCode(200).extract()
                .jsonPath();
        assertThat(stored.getString("sections[0].criteria.find { it.key == 'C1.1' }.value")).isEqualTo("NOT_MET");
        assertThat(stored.getString("sections[0].criteria.find { it.key == 'C1.1' }.observation"))
                .isEqualTo("Câblage non testé");
        assertThat(stored.getString("sections[0].criteria.find { it.key == 'C1.2' }.value")).isEqualTo("MET");
        assertThat(stored.getString("sections[0].proposedDecision")).isEqualTo("NOT_ACQUIRED");
        page.context().close();
    }

    @Test
    void aGridReloadedOffline_showsTheGridAndItsPendingChange_thenSyncsOnline() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        Page page = tablet();
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
