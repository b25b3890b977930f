package fr.titrepro.candidate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.support.Browser;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CentreFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A centre's staff member logs in through the real Keycloak form, checks a file with a bad row (errors listed, no
 * import possible), then imports a good Windows-1252 file, follows the progress and finds the candidates listed.
 */
@QuarkusTest
class CandidateImportBrowserTest {

    static final String HEADER = "nom_naissance;prenoms;sexe;date_naissance;commune_naissance;departement_naissance;"
            + "parcours;titre;debut_formation;fin_formation;temps_supplementaire";

    @TestHTTPResource("/")
    URL base;

    @Inject
    CentreFixtures fixtures;

    @Inject
    CentreRepository centres;

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
    void aCentreImportsAFileAndSeesItsCandidates() {
        String centreName = centres.findById(fixtures.centreOf("centre")).name;
        String name = CandidateFixtures.uniqueName("Navigateur");
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "centre");
        assertThat(page.locator("header .who .role")).hasText("Centre agréé");

        page.click("header >> text=Mon centre");
        assertThat(page.locator("h1")).hasText(centreName);
        page.click("text=Importer un fichier");
        assertThat(page.locator("h1")).hasText("Importer des candidats");

        String bad = HEADER + "\n" + name + ";Anne;F;01/02/1991;Lyon;69;FORMATION;TP-00496;01/09/2025;30/06/2026;\n"
                + name + ";Bruno;M;31/02/1991;Lyon;69;FORMATION;TP-00496;01/09/2025;30/06/2026;\n";
        page.setInputFiles("#file", new FilePayload("erreurs.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
        page.click("#analyse");
        assertThat(page.locator("#summary")).containsText("2 ligne(s) lue(s) (UTF-8, séparateur « ; »)");
        assertThat(page.locator("#errors-table tbody tr")).hasCount(1);
        assertThat(page.locator("#errors-table tbody tr td").nth(0)).hasText("3");
        assertThat(page.locator("#errors-table tbody tr td").nth(1)).hasText("date_naissance");
        assertThat(page.locator("#errors-table tbody tr td").nth(2)).containsText("Date invalide « 31/02/1991 »");
        assertThat(page.locator("#confirm")).isHidden();

        String good = HEADER + "\r\n"
                + name + ";Anne;F;01/02/1991;Lyon;69;FORMATION;TP-00496;01/09/2025;30/06/2026;\r\n"
                + name + ";Bérénice;F;02/02/1991;Saint-Étienne;42;FORMATION;TP-00496;01/09/2025;30/06/2026;33\r\n"
                + name + ";Loïc;M;03/02/1991;Besançon;25;FORMATION;TP-00496;01/09/2025;30/06/2026;\r\n";
        page.setInputFiles("#file", new FilePayload("stagiaires.csv", "text/csv", good.getBytes(Charset.forName("windows-1252"))));
        page.click("#analyse");
        assertThat(page.locator("#summary")).containsText("3 ligne(s) lue(s) (Windows-1252, séparateur « ; »)");
        assertThat(page.locator("#summary")).containsText("3 à inscrire");
        assertThat(page.locator("#preview-table")).containsText("Bérénice");
        assertThat(page.locator("#preview-table")).containsText("Saint-Étienne");
        assertThat(page.locator("#errors-block")).isHidden();

        page.click("#confirm");
        assertThat(page.locator("#result-text")).hasText("Import terminé : 3 créés, 0 déjà présent.");
        assertThat(page.locator("#progress-bar")).hasAttribute("value", "100");

        page.click("text=Voir les candidats");
        page.fill("#query", name);
        page.click("form[role=search] button");
        assertThat(page.locator("#count")).hasText("3 candidats pour « " + name + " »");
        assertThat(page.locator("table.candidates tbody tr")).hasCount(3);
        assertThat(page.locator("table.candidates")).containsText(name.toUpperCase() + " Bérénice");
        assertThat(page.locator("table.candidates")).containsText("Saint-Étienne (42)");

        // the same file again: nothing new, and the page says so
        page.navigate(base + "candidates/import");
        page.setInputFiles("#file", new FilePayload("stagiaires.csv", "text/csv", good.getBytes(Charset.forName("windows-1252"))));
        page.click("#analyse");
        assertThat(page.locator("#summary")).containsText("0 à inscrire, 3 déjà suivi(s) par votre centre");
        page.click("#confirm");
        assertThat(page.locator("#result-text")).hasText("Import terminé : 0 créé, 3 déjà présents.");
    }
}
