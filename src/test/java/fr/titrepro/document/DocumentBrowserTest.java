package fr.titrepro.document;

import fr.titrepro.document.verification.VerificationRateLimiter;
import fr.titrepro.support.PdfText;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Download;
import fr.titrepro.support.Browser;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The candidate of login « candidat » (Lucas Martin in the demo) logs in through the real Keycloak form and downloads his parchemin. */
@QuarkusTest
class DocumentBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DocumentFixtures fixtures;

    @Inject
    VerificationRateLimiter limiter;

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
    void candidateDownloadsTheirParcheminAndChecksIt() {
        IssuedDocument parchemin = fixtures.lucasWithParchemin();
        limiter.reset();
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "candidat");
        assertThat(page.locator("header .who .role")).hasText("Candidat");

        page.click("nav.menu >> text=Mes documents");
        assertThat(page.locator("h1")).hasText("Mes documents");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mes-documents.png"))
                .setFullPage(true));
        var row = page.locator("table.doc-list tr", new Page.LocatorOptions().setHasText(parchemin.code));
        assertThat(row).containsText("Titre professionnel obtenu");
        assertThat(row).containsText("Valide");

        // The click downloads the PDF in the browser's own session: the download starts with the file name the
        // server gave. The Debian Chromium is newer than the one Playwright drives and cancels the saving of
        // downloads, so the bytes are fetched again through the same browser context (same session cookie).
        Download download = page.waitForDownload(() -> row.locator("a.doc-download").click());
        assertThat(download.suggestedFilename()).isEqualTo(parchemin.fileName());
        assertThat(download.url()).endsWith("/me/documents/" + parchemin.id + "/pdf");
        APIResponse response = page.context().request().get(download.url());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        byte[] pdf = response.body();
        assertThat(DocumentService.sha256(pdf)).isEqualTo(parchemin.pdfSha256);
        assertThat(SignatureChecks.javaVerdict(pdf)).isEqualTo(SignatureChecks.Verdict.VALID);
        assertThat(PdfText.text(pdf)).contains(parchemin.holderName, parchemin.code);

        // the code printed on the parchemin leads to the public verification page
        row.locator("a[href^='/verify/']").click();
        assertThat(page.locator(".verify-banner")).containsText("Document authentique et valide");
        assertThat(page.locator(".verify-holder")).hasText(parchemin.holderName);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/verification.png"))
                .setFullPage(true));
    }
}
