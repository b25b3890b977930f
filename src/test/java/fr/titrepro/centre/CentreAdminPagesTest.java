package fr.titrepro.centre;

import fr.titrepro.security.Roles;
import fr.titrepro.support.CentreFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/** The administration's pages of centres, agréments and staff. */
@QuarkusTest
class CentreAdminPagesTest {

    @Inject
    CentreFixtures fixtures;

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void creatingACentreShowsErrorsInlineThenTheCentre() {
        Map<String, String> form = centre("Campus numérique " + System.nanoTime(), "73282932000075");
        form.put("postalCode", "69");
        html().formParams(form).post("/admin/centres/new").then().statusCode(200).body(allOf(
                containsString("Le centre n&#39;a pas été enregistré : corrigez les champs signalés."),
                containsString("id=\"f-siret-error\">SIRET invalide : la clé de contrôle ne correspond pas (vérifiez les chiffres).</p>"),
                containsString("id=\"f-postalCode-error\">Code postal à 5 chiffres.</p>"),
                containsString("value=\"" + form.get("name") + "\"")));
        form.put("siret", CentreFixtures.randomSiret());
        form.put("postalCode", "69007");
        String location = html().redirects().follow(false).formParams(form).post("/admin/centres/new").then()
                .statusCode(303).header("Location", matchesPattern(".*/admin/centres/\\d+\\?done=created"))
                .extract().header("Location");
        html().get(location).then().statusCode(200).body(allOf(containsString("Centre enregistré."),
                containsString(form.get("siret")), containsString("Aucun agrément.")));
        html().get("/admin/centres?query=" + form.get("name").substring(0, 20)).then().statusCode(200)
                .body(containsString(form.get("name")));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void approvalsAndStaffAreManagedOnTheCentrePage() {
        long id = fixtures.centreOf("centre-admin-pages");
        Map<String, String> approval = new HashMap<>(Map.of("titleCode", "TP-00496", "siteAddressLine", "3 rue du Plateau",
                "sitePostalCode", "69007", "siteCity", "Lyon", "validFrom", "2000-01-01", "validUntil", "2030-12-31"));
        html().formParams(approval).post("/admin/centres/" + id + "/approvals").then().statusCode(200).body(
                containsString("id=\"f-validFrom-error\">L&#39;agrément ne peut pas commencer avant le début de validité du titre TP-00496"));
        approval.put("validFrom", "2026-01-01");
        html().redirects().follow(false).formParams(approval).post("/admin/centres/" + id + "/approvals").then().statusCode(303);
        html().get("/admin/centres/" + id).then().body(containsString("du 01/01/2026 au 31/12/2030"));

        html().formParams(Map.of("username", "centre-admin-pages")).post("/admin/centres/" + id + "/staff").then()
                .statusCode(200).body(containsString("id=\"f-username-error\">L&#39;utilisateur « centre-admin-pages » est déjà rattaché à ce centre"));
        String login = "personnel-" + System.nanoTime();
        html().redirects().follow(false).formParams(Map.of("username", login, "fullName", "Léa Personnel"))
                .post("/admin/centres/" + id + "/staff").then().statusCode(303);
        html().get("/admin/centres/" + id).then().body(allOf(containsString(login), containsString("Léa Personnel"),
                containsString("Retirer ce membre du personnel du centre ?")));
    }

    @Test
    @TestSecurity(user = "centre-admin-pages", roles = Roles.CENTRE)
    void aCentreCannotOpenTheAdministrationPages() {
        fixtures.centreOf("centre-admin-pages");
        html().get("/admin/centres").then().statusCode(403).body(containsString("Accès refusé"));
    }

    static Map<String, String> centre(String name, String siret) {
        Map<String, String> m = new HashMap<>();
        m.put("name", name);
        m.put("siret", siret);
        m.put("addressLine", "5 rue de la Soie");
        m.put("postalCode", "69100");
        m.put("city", "Villeurbanne");
        return m;
    }

    static RequestSpecification html() {
        return given().accept("text/html");
    }
}
