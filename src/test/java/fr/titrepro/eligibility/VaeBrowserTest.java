package fr.titrepro.eligibility;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.support.Browser;
import fr.titrepro.support.VaeFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adviser "conseiller" logs in through Keycloak, fills an application row by row while the verdict and the
 * coverage update from the API, saves it, reads the reasons and records the recevabilité after confirming.
 */
@QuarkusTest
class VaeBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CandidateRepository candidates;

    @Inject
    fr.titrepro.support.SessionFixtures sessions;

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
    void anAdviserChecksAnApplicationThroughToTheRecevabilite() {
        String name = VaeFixtures.uniqueName();
        Page page = browser.newPage();
        Browser.login(page, base.toString(), "conseiller");
        assertThat(page.locator("header .who .role")).hasText("Conseiller VAE");

        page.click("text=Demandes VAE");
        assertThat(page.locator("h1")).hasText("Demandes VAE");
        page.click("text=Nouvelle demande");
        assertThat(page.locator("h1")).hasText("Nouvelle demande VAE");

        page.fill("#birthName", name);
        page.fill("#firstNames", "Inès");
        page.selectOption("#sex", "F");
        page.fill("#birthDate", "1994-03-08");
        page.fill("#birthCommune", "Brest");
        page.fill("#birthDepartment", "29");
        page.fill("#applicationDate", LocalDate.now().minusDays(1).toString());

        // first row: an employment related to CCP 1
        Locator first = page.locator("#experiences > fieldset[data-row]").nth(0);
        first.locator("input[name$='.organisation']").fill("Armor Réseaux");
        first.locator("input[name$='.role']").fill("Technicienne réseaux");
        first.locator("select[name$='.kind']").selectOption("EMPLOYMENT");
        first.locator("input[name$='.startDate']").fill("2021-09-01");
        first.locator("input[name$='.endDate']").fill("2024-08-30");
        first.locator("input[name$='.hoursPerWeek']").fill("35");
        first.locator("input[name$='.competencies'][value='1']").check();
        first.locator("input[name$='.competencies'][value='3']").check();
        assertThat(page.locator("#live-verdict")).hasText("Éligible");
        assertThat(page.locator("#coverage tr[data-competency='1']")).containsText("Expérience 1 (Armor Réseaux — Technicienne réseaux)");
        assertThat(page.locator("#coverage tr[data-competency='8']")).containsText("Aucune expérience");

        // second row, added in place: an ongoing training placement evidencing competency 8
        page.click("#add-experience");
        Locator second = page.locator("#experiences > fieldset[data-row]").nth(1);
        assertThat(second.locator("legend")).hasText("Expérience 2");
        second.locator("input[name$='.organisation']").fill("Centre hospitalier");
        second.locator("select[name$='.kind']").selectOption("TRAINING_PLACEMENT");
        second.locator("input[name$='.startDate']").fill("2024-10-01");
        second.locator("input[name$='.endDate']").fill("2024-10-25");
        second.locator("input[name$='.totalHours']").fill("140");
        second.locator("input[name$='.competencies'][value='8']").check();
        assertThat(page.locator("#coverage tr[data-competency='8']")).containsText("Expérience 2 (Centre hospitalier)");
        assertThat(page.locator("#coverage .coverage-summary")).containsText("3 compétence(s) couverte(s) sur 8");

        page.click("text=Enregistrer et vérifier l'éligibilité");
        assertThat(page.locator("h1")).hasText(name.toUpperCase() + " Inès");
        assertThat(page.locator("#state")).hasText("Éligible — en attente de décision");
        assertThat(page.locator("#verdict")).containsText("Règle appliquée : VAE-2024");
        assertThat(page.locator("#verdict")).containsText("Code du travail, art. R. 6412-3");
        Locator report = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport d'éligibilité (PDF)"));
        assertThat(report).isVisible();
        // the page's session opens the API's PDF (no bearer token in a browser)
        var pdf = page.request().get(base.toString().replaceAll("/$", "") + report.getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");

        page.check("input[name='decision'][value='RECEVABLE']");
        page.fill("#decision-reasons", "Expérience en rapport direct avec le titre.");
        page.click("text=Enregistrer la décision…");
        assertThat(page.locator("h1")).hasText("Confirmer la décision de recevabilité");
        page.click("#confirm-decision");

        assertThat(page.locator("#state")).hasText("Recevable");
        assertThat(page.locator("#decision-reference")).containsText("VAE-" + LocalDate.now().getYear() + "-");
        String candidateReference = page.locator("#candidate-reference").textContent().split(" ")[0];
        Candidate candidate = candidates.findByReference(candidateReference).orElseThrow();
        assertThat(candidate.pathway).isEqualTo(Pathway.VAE);
        assertThat(candidate.vaeDecisionDate).isEqualTo(LocalDate.now());

        page.click("text=Demandes VAE");
        assertThat(page.locator("table.vae-list tr", new Page.LocatorOptions().setHasText(name.toUpperCase())))
                .containsText("Recevable");
    }

    /**
     * Issue 11, finding 11: the person is already registered (by a centre, capitalisation); the recevabilité proposes
     * the link, the adviser confirms it on the page, and only then does the person's pathway change.
     */
    @Test
    void anAdviserConfirmsTheLinkToAPersonAlreadyRegistered() {
        String name = VaeFixtures.uniqueName();
        long existingId = sessions.registeredPerson(name, "Camille", LocalDate.of(1990, 5, 14), "Nantes", "44",
                Pathway.PARTIAL, "TP-00496");
        String reference = candidates.findById(existingId).reference;
        long id = io.restassured.RestAssured.given().auth().oauth2(fr.titrepro.support.Tokens.of("conseiller"))
                .contentType(io.restassured.http.ContentType.JSON).body(VaeFixtures.eligibleTri(name))
                .post("/api/vae/applications").then().statusCode(201).extract().<Number>path("id").longValue();

        Page page = browser.newPage();
        Browser.login(page, base.toString(), "conseiller");
        page.navigate(base + "vae/applications/" + id);
        page.check("input[name='decision'][value='RECEVABLE']");
        page.click("text=Enregistrer la décision…");
        page.click("#confirm-decision");
        assertThat(page.locator("#state")).hasText("Recevable — rattachement à confirmer");
        assertThat(page.locator("#link-question")).hasText("Rattacher la recevabilité à " + name.toUpperCase()
                + " Camille (" + reference + ") ?");
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> candidates.findById(existingId).pathway)).isEqualTo(Pathway.PARTIAL);

        page.click("#link-confirm");
        assertThat(page.locator("h1")).hasText("Confirmer le rattachement");
        page.click("#confirm-link");
        assertThat(page.locator("#state")).hasText("Recevable");
        assertThat(page.locator("#link-status")).containsText("Rattachement confirmé : " + name.toUpperCase()
                + " Camille (" + reference + "), par conseiller le ");
        assertThat(page.locator("#candidate-reference")).containsText(reference);
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> candidates.findById(existingId).pathway)).isEqualTo(Pathway.VAE);
    }
}
