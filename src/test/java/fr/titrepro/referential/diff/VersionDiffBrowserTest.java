package fr.titrepro.referential.diff;

import com.microsoft.playwright.Page;
import fr.titrepro.support.Browser;
import fr.titrepro.support.VersionDiffFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration compares two millésimes in headless Chromium: from the title page to the diff, an official
 * table refused without the arrêté, saved with it, and replaced only after the confirmation.
 */
@QuarkusTest
class VersionDiffBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    VersionDiffFixtures fixtures;

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
    void theAdminComparesTwoMillesimesAndSavesTheTable() {
        String code = fixtures.titleWithTwoVersions("Titre comparé au navigateur");
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "admin");
        page.navigate(base + "titles/" + code);
        page.click("text=Comparer deux millésimes");

        assertThat(page.locator("h1")).hasText("Comparer deux millésimes");
        assertThat(page.locator(".diff-summary")).containsText("2 CCP → 2 CCP");
        assertThat(page.locator(".diff-ccps tbody tr").nth(1)).containsText("renommé");
        assertThat(page.locator(".diff-ccps tbody tr").nth(1)).containsText("CCP 2 – Seconde activité révisée");
        assertThat(page.locator(".diff-proposal li")).hasCount(2);
        assertThat(page.locator("input[name=lineFrom]").first()).hasValue("1");

        page.check("#f-official");
        page.click("text=Enregistrer la table");
        assertThat(page.locator("#f-decree-error")).containsText("Une table officielle cite l'arrêté de spécialité");

        page.fill("#f-decree", "arrêté du 3 mars 2025 relatif au titre comparé");
        page.locator("input[name=lineFrom]").nth(1).fill("1, 2");
        page.click("text=Enregistrer la table");
        assertThat(page.locator(".diff-saved")).hasText("Table de correspondance enregistrée.");
        assertThat(page.locator(".diff-current")).containsText("CCP 1 + CCP 2 → CCP 2");
        assertThat(page.locator(".diff-current")).containsText("officielle");

        List<String> questions = new ArrayList<>();
        page.onceDialog(dialog -> {
            questions.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("input[name=lineFrom]").nth(1).fill("2");
        page.click("text=Enregistrer la table");
        assertThat(questions).containsExactly("La version 02 a déjà une table de correspondance : la remplacer par celle-ci ?");
        assertThat(page.locator(".diff-current")).containsText("CCP 1 + CCP 2 → CCP 2");

        page.onceDialog(dialog -> dialog.accept());
        page.click("text=Enregistrer la table");
        assertThat(page.locator(".diff-current")).containsText("CCP 2 → CCP 2");
        assertThat(page.locator(".diff-current")).not().containsText("CCP 1 + CCP 2");

        page.click("text=← Le titre");
        assertThat(page.locator("body")).containsText("Table fixée par l'arrêté du 3 mars 2025 relatif au titre comparé.");
    }
}
