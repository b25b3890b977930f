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

    /** Chart.js drew on the canvas: some pixel is not transparent. */
    private static void assertChartDrawn(Page page, String selector) {
        Object drawn = page.locator(selector).evaluate("c => { const d = c.getContext('2d').getImageData(0, 0, "
                + "c.width, c.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } "
                + "return false; }");
        assertThat(drawn).isEqualTo(true);
    }
}
