package fr.titrepro.referential;

import com.microsoft.playwright.Page;
import fr.titrepro.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A juror logs in through the real Keycloak form and reads the TRI grid material in headless Chromium. */
@QuarkusTest
class ReferentialBrowserTest {

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
    void jurorLogsInAndBrowsesTheReferential() {
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "jury");
        assertThat(page.locator("header .who .name")).hasText("Hélène Moreau");
        assertThat(page.locator("header .who .role")).hasText("Membre de jury");

        page.click("text=Référentiels");
        page.click("text=Technicien réseaux IP");
        assertThat(page.locator("h1")).containsText("Technicien réseaux IP");
        assertThat(page.locator(".ccp h2").first()).hasText("CCP 1 – Intervenir sur un réseau IP");
        assertThat(page.locator(".competency ol li").first())
                .hasText("Les ressources distantes sont accessibles depuis la tablette ou le poste de travail");

        page.click("text=Se déconnecter");
        assertThat(page.locator("header .who")).containsText("Se connecter");
    }
}
