package fr.titrepro.document.credential;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.verification.VerificationRateLimiter;
import fr.titrepro.support.Browser;
import fr.titrepro.support.DocumentFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** « candidat » downloads the credential twin of his parchemin and a relying party pastes it on /verify (issue 16). */
@QuarkusTest
class CredentialBrowserTest {

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
    void candidateDownloadsTheCredentialAndTheVerificationPageSaysItIsValid() {
        IssuedDocument parchemin = fixtures.lucasWithParchemin();
        limiter.reset();
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "candidat");
        page.click("nav.menu >> text=Mes documents");
        var row = page.locator("table.doc-list tr", new Page.LocatorOptions().setHasText(parchemin.code));
        assertThat(row.locator("a.credential-qr")).hasAttribute("href",
                "/me/documents/" + parchemin.id + "/credential/qr");

        // as for the PDF (DocumentBrowserTest): the download starts with the server's file name, the bytes are
        // fetched again through the same browser context
        Download download = page.waitForDownload(() -> row.locator("a.credential-download").click());
        assertThat(download.suggestedFilename()).endsWith(".credential.json");
        APIResponse response = page.context().request().get(download.url());
        assertThat(response.status()).isEqualTo(200);
        String file = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(file).contains("EnvelopedVerifiableCredential");

        page.navigate(base + "verify");
        page.fill("#credential", file);
        page.click("text=Vérifier le justificatif");
        assertThat(page.locator(".credential-verdict")).containsText("Justificatif valide.");
        assertThat(page.locator(".verify-holder")).hasText(parchemin.holderName);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/justificatif.png"))
                .setFullPage(true));
    }

    /**
     * Issue 16: the credential of a CCP held is listed in « Mes documents » without a PDF, downloaded as JSON, and
     * uploaded as a file on the verification page (as a relying party receives it).
     */
    @Test
    void candidateDownloadsACcpCredentialAndTheVerificationPageSaysItIsValid() {
        IssuedDocument parchemin = fixtures.lucasWithParchemin();
        IssuedDocument ccp = fixtures.issueTriCcpCredential(parchemin.candidateId, 1);
        limiter.reset();
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "candidat");
        page.navigate(base + "me/documents");
        var row = page.locator("table.doc-list tr", new Page.LocatorOptions().setHasText(ccp.code));
        assertThat(row).containsText("Certificat de compétences professionnelles");
        assertThat(row.locator("a.doc-download")).hasCount(0);
        assertThat(row.locator("a.credential-qr")).hasAttribute("href", "/me/documents/" + ccp.id + "/credential/qr");
        Download download = page.waitForDownload(() -> row.locator("a.credential-download").click());
        assertThat(download.suggestedFilename()).startsWith("ccp-TP-00496-").endsWith(".credential.json");

        page.navigate(base + "verify");
        page.setInputFiles("#credentialFile", download.path());
        page.click("text=Vérifier le fichier");
        assertThat(page.locator(".credential-verdict")).containsText("Justificatif valide.");
        assertThat(page.locator(".verify-holder")).hasText(ccp.holderName);
    }
}
