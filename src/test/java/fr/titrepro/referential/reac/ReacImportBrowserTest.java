package fr.titrepro.referential.reac;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.titrepro.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13, « Importer un REAC » in headless Chromium: the admin uploads the TRTE REAC as a PDF, reviews the tree
 * with its warnings, fills in what the REAC does not give, saves, and sees the new title version with its grid.
 */
@QuarkusTest
class ReacImportBrowserTest {

    @TestHTTPResource("/")
    URL base;

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
    void theAdminUploadsReviewsFillsAndSavesAReac() {
        String code = "TP-9" + ThreadLocalRandom.current().nextInt(1000, 10000);
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "admin");
        page.click("text=Référentiels");
        page.click("text=Importer un REAC");
        assertThat(page.locator("h1")).hasText("Importer un REAC");

        byte[] pdf = ReacTexts.pdf(ReacTexts.text(ReacTexts.TRTE));
        page.setInputFiles("#reac-file", new FilePayload("reac-trte.pdf", "application/pdf", pdf));
        page.click("#reac-read");
        page.waitForSelector("#review:not([hidden]), #reac-file-error:not([hidden])",
                new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertThat(page.locator("#reac-file-error")).isHidden();
        assertThat(page.locator("#review-summary")).hasText(
                "3 CCP, 14 compétences, 44 critères, 0 compétence(s) transversale(s), 0 CCS.");
        assertThat(page.locator("#ccp-3 h4")).hasText("CCP 3 – Maintenir sur site ou à distance le réseau informatique "
                + "et de télécommunications d'entreprise et contribuer à le faire évoluer");
        assertThat(page.locator("#comp-1-crit-3")).containsText("La traçabilité des interventions est assurée.");
        assertThat(page.locator("#comp-1-crit-2.reac-warn .reac-warn-text")).containsText("OCR");
        assertThat(page.locator("#missing-text")).containsText("code, version, validFrom");
        assertThat(page.locator("#f-acronym")).hasValue("TRTE");

        page.fill("#f-code", code);
        page.fill("#f-version", "2010");
        page.fill("#f-validFrom", "2010-11-05");
        page.selectOption("#f-status", "ACTIVE");
        page.selectOption("#kind-2", "ENTRETIEN_TECHNIQUE");
        page.fill("#minutes-2", "45");
        page.click("#save");
        page.waitForSelector("#saved:not([hidden]), #save-errors:not([hidden])",
                new Page.WaitForSelectorOptions().setTimeout(30_000));
        assertThat(page.locator("#save-errors")).isHidden();
        assertThat(page.locator("#saved-text")).containsText("Version importée. " + code + ", millésime 2010 : 3 CCP, "
                + "14 compétences, 44 critères.");

        page.click("#saved-link");
        assertThat(page.locator("h1")).containsText("Technicien(ne) Réseaux et Télécommunications d'Entreprise");
        assertThat(page.locator(".ccp h2").first())
                .hasText("CCP 1 – Exploiter le réseau informatique et de télécommunications d'entreprise");
        assertThat(page.locator(".competency ol li").first())
                .hasText("Les procédures d'installation sont conformes aux consignes de production et de sécurité.");
    }
}
