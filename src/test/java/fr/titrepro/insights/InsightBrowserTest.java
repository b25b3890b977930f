package fr.titrepro.insights;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.titrepro.support.Browser;
import fr.titrepro.support.InsightFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 in headless Chromium: « centre » opens the « Tableau de bord qualité », sees the charts drawn beside their
 * tables, drills down title → CCP 1 → competency C1 → its criteria. Sessions validated in 2018 (a period of this
 * class only). Screenshots of the charts go to docs/screenshots/.
 */
@QuarkusTest
class InsightBrowserTest {

    static final String PERIOD = "title=TP-00496&version=05&from=2018-T1&to=2018-T4";

    @TestHTTPResource("/")
    URL base;

    @Inject
    InsightFixtures fixtures;

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
    void aCentreDrillsDownFromTheTitleToACriterion() {
        fixtures.centreAt("centre", "59000");
        fixtures.validated("centre", "59000", LocalDate.of(2018, 5, 15), InsightFixtures.twelve());
        List<InsightFixtures.Sheet> allTitles = java.util.stream.IntStream.range(0, 12).mapToObj(i -> InsightFixtures
                .present("FULL_SUCCESS", "1=ACQUIRED;2=ACQUIRED", fr.titrepro.scoring.Verdict.ACQUIRED, "MET",
                        i < 3 ? "NOT_MET" : "MET", "MET")).toList();
        fixtures.validated(null, "44000", LocalDate.of(2018, 8, 20), allTitles);
        Page page = browser.newPage();
        page.setViewportSize(1280, 1000);
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onPageError(errors::add);
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                errors.add(r.status() + " " + r.url());
            }
        });
        Browser.login(page, base.toString(), "centre");
        page.navigate(base + "insights?" + PERIOD);
        assertThat(page.locator("h1")).hasText("Tableau de bord qualité");
        Locator outcomes = page.locator("#table-outcomes");
        assertThat(outcomes.locator("caption")).containsText("Résultats des candidats");
        assertThat(outcomes.locator("thead th[scope=col]")).hasText(new String[]{"Résultat", "Mon centre",
                "Région Hauts-de-France", "National"});
        // 7 titles of 12 in the centre, 19 of 24 nationally; the region is the centre's session only
        assertThat(outcomes.locator("tbody tr").first()).containsText("58,3 %");
        assertThat(outcomes.locator("tbody tr").first().locator("td").last()).containsText("79,2 %");
        assertThat(page.locator("#insight-outcomes .insight-summary")).containsText("Mon centre : 58,3 % de titres obtenus sur 12 candidats");
        assertChartDrawn(page, "#insight-outcomes canvas");
        page.locator("#insight-outcomes").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("docs/screenshots/insights-outcomes.png")));
        page.locator("#insight-ccps").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("docs/screenshots/insights-ccps.png")));

        page.locator("#table-ccps a", new Page.LocatorOptions().setHasText("CCP 1")).click();
        assertThat(page.locator(".breadcrumb")).containsText("CCP 1");
        assertThat(page.locator("#table-competencies")).containsText("72,7 %");
        page.locator("#table-competencies a", new Page.LocatorOptions().setHasText("Compétence 1")).click();
        assertThat(page.locator(".breadcrumb")).containsText("Compétence 1 – Installer le réseau");
        Locator criteria = page.locator("#table-criteria");
        assertThat(criteria.locator("tbody th[scope=row]")).hasText(new String[]{
                "C1.1 Le câblage respecte le plan", "C1.2 Les tests sont réalisés de manière logique"});
        assertThat(criteria.locator("tbody tr").first().locator("td").first()).containsText("36,4 %");
        assertChartDrawn(page, "#insight-criteria canvas");
        page.locator("#insight-criteria").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("docs/screenshots/insights-criteria.png")));
        assertThat(errors).isEmpty();
    }

    /**
     * The administration finds a centre by typing a part of its name: the field suggests the centres with figures
     * (a datalist fed by /api/insights/centres), the chosen one becomes the first population, and the drill-down keeps it.
     */
    @Test
    void theAdministrationFindsACentreByItsNameAndDrillsDown() {
        fixtures.centreAt("centre", "59000");
        // 2015: a period of this test only (the other test's national figures stay its own)
        fixtures.validated("centre", "59000", LocalDate.of(2015, 5, 16), InsightFixtures.twelve());
        Page page = browser.newPage();
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onPageError(errors::add);
        Browser.login(page, base.toString(), "admin");
        page.navigate(base + "insights?title=TP-00496&version=05&from=2015-T1&to=2015-T4");
        assertThat(page.locator("select#centreId")).hasCount(0);
        Locator field = page.locator("#centre");
        assertThat(field).hasAttribute("list", "centre-suggestions");
        field.pressSequentially("Centre");
        Locator suggestions = page.locator("#centre-suggestions option");
        suggestions.first().waitFor(new Locator.WaitForOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        String chosen = suggestions.first().getAttribute("value");
        assertThat(chosen).matches(".+ \\(n° \\d+\\)");
        field.fill(chosen);
        page.locator("form.filters button[type=submit]").click();
        String name = chosen.substring(0, chosen.lastIndexOf(" (n°"));
        assertThat(page.locator("#table-outcomes thead th[scope=col]").nth(1)).hasText(name);
        assertThat(page.locator("#centre")).hasValue(chosen);
        page.locator("#table-ccps a", new Page.LocatorOptions().setHasText("CCP 1")).click();
        assertThat(page.locator(".breadcrumb")).containsText("CCP 1");
        assertThat(page.locator("#table-criteria thead th[scope=col]").nth(1)).containsText(name);
        // the field emptied: every centre again
        page.locator("#centre").fill("");
        page.locator("form.filters button[type=submit]").click();
        assertThat(page.locator("#table-outcomes thead th[scope=col]")).hasText(new String[]{"Résultat", "National"});
        assertThat(errors).isEmpty();
    }

    /** Chart.js drew on the canvas: some pixel is not transparent. */
    private static void assertChartDrawn(Page page, String selector) {
        Object drawn = page.locator(selector).evaluate("c => { const d = c.getContext('2d').getImageData(0, 0, "
                + "c.width, c.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } "
                + "return false; }");
        assertThat(drawn).isEqualTo(true);
    }
}
