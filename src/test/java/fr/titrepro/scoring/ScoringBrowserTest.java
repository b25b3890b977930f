package fr.titrepro.scoring;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.titrepro.support.Browser;
import fr.titrepro.support.ScoringFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The juror's grid in headless Chromium, at tablet size, logged in as "jury" through Keycloak. */
@QuarkusTest
class ScoringBrowserTest {

    static final LocatorAssertions.HasTextOptions SLOW = new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @TestHTTPResource("/")
    URL base;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    EntityManager em;

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    Page tablet(String login) {
        Page page = browser.newPage();
        page.setViewportSize(820, 1180);
        Browser.login(page, base.toString(), login);
        return page;
    }

    static Locator line(Page page, String key) {
        return page.locator(".sc-criterion[data-key='" + key + "']");
    }

    static void choose(Page page, String key, String value) {
        line(page, key).locator("button[data-value='" + value + "']").click();
    }

    /** The stored scores of a grid, by line key: value and observation. */
    Map<String, String[]> stored(long gridId) {
        Map<String, String[]> scores = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item_key, score, observation, version FROM grid_criterion "
                + "WHERE grid_id = ?1").setParameter(1, gridId).getResultList();
        for (Object[] r : rows) {
            scores.put((String) r[0], new String[]{(String) r[1], (String) r[2], String.valueOf(r[3])});
        }
        return scores;
    }

    @Test
    void aJurorScoresOffline_andEveryChangeReachesTheServerWhenTheNetworkReturns() {
        ScoringFixtures.Scenario s = fixtures.scenario().accommodations(25, "Lecteur d'écran").create();
        Page page = tablet("jury");
        page.navigate(base + "scoring");
        page.locator("a[href='/scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(0) + "']").click();
        assertThat(page.locator(".sc-accommodations")).containsText("Temps majoré de 25 %");
        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        assertThat(page.locator(".sc-section h2")).hasText(Pattern.compile("Compétence 1 – Connecter"));
        // large touch targets
        assertThat(line(page, "C1.1").locator("button").first().boundingBox().height).isGreaterThanOrEqualTo(44);

        choose(page, "C1.1", "MET");
        choose(page, "C1.2", "MET");
        assertThat(line(page, "C1.2")).hasAttribute("data-state", "saved");
        assertThat(line(page, "C1.1").locator(".sc-state")).hasText("Enregistré");

        page.context().setOffline(true);
        choose(page, "C1.3", "NOT_OBSERVED");
        choose(page, "C1.4", "NOT_MET");
        assertThat(line(page, "C1.4")).hasAttribute("data-state", "incomplete");
        line(page, "C1.4").locator("textarea").fill("Mesures de sécurité non appliquées");
        line(page, "C1.4").locator("textarea").blur();
        choose(page, "C1.5", "MET");
        choose(page, "C1.1", "NOT_OBSERVED");
        for (String key : List.of("C1.1", "C1.3", "C1.4", "C1.5")) {
            assertThat(line(page, key)).hasAttribute("data-state", "pending");
            assertThat(line(page, key).locator(".sc-state")).hasText("En attente");
        }
        assertThat(page.locator(".sc-net")).hasAttribute("data-state", "offline");
        assertThat(page.locator(".sc-net-pending")).hasText("4 modifications en attente");
        // the next competency, still offline, with the keyboard: arrows move along the choices
        page.locator(".sc-step button", new Page.LocatorOptions().setHasText("Suivant")).click();
        assertThat(page.locator(".sc-section h2")).hasText(Pattern.compile("Compétence 2"));
        line(page, "C2.1").locator("button[data-value='MET']").focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(line(page, "C2.1").locator("button[data-value='NOT_OBSERVED']"))
                .hasAttribute("aria-checked", "true");
        assertThat(page.locator(".sc-net-pending")).containsText("5 modifications en attente");
        // the scored lines only (criteria and épreuves: 16 + 2 + 3), not the consulted DP and ECF
        assertThat(page.locator(".sc-part[aria-selected='true'] .sc-part-progress")).hasText("6/21");

        page.context().setOffline(false);
        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        assertThat(line(page, "C2.1")).hasAttribute("data-state", "saved");

        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        Map<String, String[]> scores = stored(grid);
        assertThat(scores.get("C1.1")).containsExactly("NOT_OBSERVED", null, "2");
        assertThat(scores.get("C1.2")).containsExactly("MET", null, "1");
        assertThat(scores.get("C1.3")).containsExactly("NOT_OBSERVED", null, "1");
        assertThat(scores.get("C1.4")).containsExactly("NOT_MET", "Mesures de sécurité non appliquées", "1");
        assertThat(scores.get("C1.5")).containsExactly("MET", null, "1");
        assertThat(scores.get("C2.1")).containsExactly("NOT_OBSERVED", null, "1");
        assertThat(scores.values().stream().filter(v -> v[0] != null)).hasSize(6);
        page.context().close();
    }

    @Test
    void pendingChangesSurviveAReload() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        Page page = tablet("jury");
        page.navigate(base + "scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(0));
        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        // the saves fail (the page itself still loads)
        page.route("**/api/grids/**", route -> route.abort());
        choose(page, "C1.2", "MET");
        choose(page, "C1.3", "NOT_MET");
        line(page, "C1.3").locator("textarea").fill("Aucun appel passé");
        line(page, "C1.3").locator("textarea").blur();
        assertThat(page.locator(".sc-net-pending")).hasText("2 modifications en attente");

        page.reload();
        assertThat(line(page, "C1.2")).hasAttribute("data-state", "pending");
        assertThat(line(page, "C1.3").locator("textarea")).hasValue("Aucun appel passé");
        assertThat(line(page, "C1.3").locator("button[data-value='NOT_MET']")).hasAttribute("aria-checked", "true");

        page.unroute("**/api/grids/**");
        assertThat(page.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        Map<String, String[]> scores = stored(ScoringFixtures.gridIds("jury", s, 0).getFirst());
        assertThat(scores.get("C1.2")[0]).isEqualTo("MET");
        assertThat(scores.get("C1.3")).containsExactly("NOT_MET", "Aucun appel passé", "1");
        page.context().close();
    }

    @Test
    void aChangeMadeOnAnotherDeviceMeanwhileIsAConflictTheJurorSettles() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        String url = base + "scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(0);
        Page tablet = tablet("jury");
        tablet.navigate(url);
        assertThat(tablet.locator(".sc-net-state")).hasText("En ligne · tout est enregistré", SLOW);
        tablet.context().setOffline(true);
        choose(tablet, "C1.1", "MET");

        // meanwhile, on the juror's other device
        long grid = ScoringFixtures.gridIds("jury", s, 0).getFirst();
        long line = ScoringFixtures.as("jury").get("/api/grids/" + grid).then().extract().jsonPath()
                .getLong("sections[0].criteria[0].id");
        ScoringFixtures.as("jury").body(ScoringFixtures.score("NOT_MET", "Vu sur l'autre appareil", 0))
                .put("/api/grids/" + grid + "/criteria/" + line).then().statusCode(200);

        tablet.context().setOffline(false);
        assertThat(line(tablet, "C1.1")).hasAttribute("data-state", "conflict",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(line(tablet, "C1.1").locator(".sc-conflict")).containsText("Vu sur l'autre appareil");
        assertThat(tablet.locator(".sc-net-pending")).hasText("1 conflit à régler");
        line(tablet, "C1.1").locator("button", new Locator.LocatorOptions().setHasText("Garder ma saisie")).click();
        assertThat(line(tablet, "C1.1")).hasAttribute("data-state", "saved");
        assertThat(stored(grid).get("C1.1")).containsExactly("MET", null, "2");
        tablet.context().close();
    }

    @Test
    void theJurorHandsInTheGrid_thenTheJuryReconcilesOnThePage() {
        ScoringFixtures.Scenario s = fixtures.scenario().create();
        List<Long> mine = ScoringFixtures.gridIds("jury", s, 0);
        ScoringFixtures.fillAndSubmit("jury", mine.get(1), k -> "MET", k -> "ACQUIRED", "ACQUIRED");
        for (long grid : ScoringFixtures.gridIds("jury2", s, 0)) {
            ScoringFixtures.fillAndSubmit("jury2", grid, k -> k.equals("C3.2") ? "NOT_MET" : "MET",
                    k -> "ACQUIRED", "ACQUIRED");
        }
        // CCP 1 all scored through the API but C1.1 and the proposals
        long ccp1 = mine.getFirst();
        var g = ScoringFixtures.as("jury").get("/api/grids/" + ccp1).then().extract().jsonPath();
        for (Map<String, Object> c : g.<Map<String, Object>>getList(
                "sections.findAll { it.scored }.criteria.flatten()")) {
            if (!"C1.1".equals(c.get("key"))) {
                ScoringFixtures.as("jury").body(ScoringFixtures.score("MET", null, 0))
                        .put("/api/grids/" + ccp1 + "/criteria/" + c.get("id")).then().statusCode(200);
            }
        }
        for (Map<String, Object> sec : g.<Map<String, Object>>getList("sections.findAll { it.competency }")) {
            if (!"C4".equals(sec.get("key"))) {
                ScoringFixtures.as("jury").body(Map.of("decision", "ACQUIRED", "baseVersion", 0))
                        .put("/api/grids/" + ccp1 + "/competencies/" + sec.get("id") + "/proposal").then()
                        .statusCode(200);
            }
        }

        Page page = tablet("jury");
        page.onDialog(dialog -> dialog.accept());
        page.navigate(base + "scoring/sessions/" + s.sessionId() + "/enrolments/" + s.enrolment(0));
        assertThat(page.locator(".sc-part").first()).containsText("20/21");
        choose(page, "C1.1", "MET");
        // the DP: evidence the jury consults, no score buttons; « consulté » and an observation, never required
        page.locator(".sc-section-link", new Page.LocatorOptions().setHasText("DP")).click();
        assertThat(page.locator(".sc-section .sc-kind")).containsText("Éléments consultés par le jury");
        assertThat(line(page, "DP").locator("button[data-value='MET']")).hasCount(0);
        assertThat(line(page, "DP").locator("button[data-value='NOT_MET']")).hasCount(0);
        assertThat(line(page, "DP").locator(".sc-state")).hasText("Facultatif");
        line(page, "DP").locator("button[data-value='true']").click();
        line(page, "DP").locator("textarea").fill("Dossier complet");
        line(page, "DP").locator("textarea").blur();
        assertThat(line(page, "DP")).hasAttribute("data-state", "saved");
        assertThat(line(page, "DP").locator("button[data-value='true']")).hasAttribute("aria-checked", "true");
        page.locator(".sc-section-link", new Page.LocatorOptions().setHasText("C4")).click();
        page.locator(".sc-proposal button[data-value='ACQUIRED']").click();
        assertThat(page.locator(".sc-proposal")).hasAttribute("data-state", "saved");
        page.locator(".sc-section-link", new Page.LocatorOptions().setHasText("Soumettre")).click();
        page.locator(".sc-proposal button[data-value='ACQUIRED']").click();
        assertThat(page.locator(".sc-proposal")).hasAttribute("data-state", "saved");
        page.locator("button.sc-submit").click();
        assertThat(page.locator(".sc-section")).containsText("Grille soumise");
        // handed in with the ECF left empty; the DP recorded as consulted, never as a score
        assertThat(stored(ccp1).get("DP")[0]).isNull();
        assertThat(stored(ccp1).get("DP")[1]).isEqualTo("Dossier complet");
        assertThat(em.createNativeQuery("SELECT consulted FROM grid_criterion WHERE grid_id = ?1 AND item_key = 'DP'")
                .setParameter(1, ccp1).getSingleResult()).isIn(true, 1, (byte) 1, (short) 1, 1L);
        page.locator(".sc-reconciliation a").click();

        // reconciliation: C3 diverged (C3.2), highlighted; no reason → the error is next to the field
        assertThat(page.locator("h1")).containsText("Réconciliation");
        Locator c3 = page.locator("#CCP1-C3");
        assertThat(c3).hasClass(Pattern.compile("sc-div"));
        assertThat(c3.locator("tr[data-key='C3.2']")).hasClass(Pattern.compile("sc-div"));
        Locator form = page.locator("#CCP1 form");
        for (String key : List.of("C1", "C2", "C3", "C4", "T1")) {
            form.locator("input[name='decision_" + key + "'][value='ACQUIRED']").check();
        }
        form.locator("input[name='decision_CCP'][value='ACQUIRED']").check();
        form.locator("button[type='submit']").click();
        assertThat(page.locator("#CCP1 #reason-CCP1-C3-error")).containsText("divergé");
        assertThat(page.locator("#CCP1 input[name='decision_C3'][value='ACQUIRED']")).isChecked();
        page.locator("#reason-CCP1-C3").fill("Le test a été refait avec succès devant le jury.");
        page.locator("#CCP1 form button[type='submit']").click();
        assertThat(page.locator("#CCP1 .sc-saved")).hasText("Décisions enregistrées.");
        assertThat(page.locator("#CCP1-C3 .sc-agreed")).containsText("Le test a été refait");
        assertThat(page.locator("#CCP1 .sc-rec-ccp .sc-agreed")).containsText("Acquis");
        page.context().close();
    }
}
