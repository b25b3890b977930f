package fr.titrepro.session;

import fr.titrepro.security.Roles;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A title version that sessions assess cannot lose CCPs through a replacement of its file. */
@QuarkusTest
class SessionTitleVersionUsageTest {

    @Inject
    SessionFixtures fixtures;

    static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void aVersionUsedByASessionKeepsItsCcps() {
        String code = SessionFixtures.uniqueTitleCode();
        String full = ReferentialFixtures.sampleTitle(code, "Titre utilisé " + code);
        fixtures.importTitle(full);
        long centre = fixtures.centre("Centre usage " + SessionFixtures.unique());
        fixtures.approval(centre, code, LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        String withoutCcp2 = full.substring(0, full.indexOf("  - number: 2\n    name: Seconde activité"))
                + "transversalCompetencies: []\n";

        given().contentType("application/yaml").body(yaml(withoutCcp2.replace("Titre utilisé", "Titre modifié")))
                .post("/api/titles?replace=true").then().statusCode(200).body("ccps", equalTo(1));
        fixtures.importTitle(full);

        LocalDate start = LocalDate.now().plusDays(30);
        given().contentType("application/json").body(java.util.Map.of("titleCode", code, "type", "CCP",
                "ccpNumbers", java.util.List.of(2), "startDate", start.toString(), "endDate", start.toString(),
                "capacity", 4, "managerName", "R", "centreId", centre)).post("/api/sessions").then().statusCode(201);
        given().contentType("application/yaml").body(yaml(withoutCcp2.replace("Titre utilisé", "Titre modifié")))
                .post("/api/titles?replace=true").then().statusCode(422)
                .body("detail", containsString("Cette version est utilisée (1 session d'examen)"));
        given().get("/api/titles/" + code).then().body("ccps.size()", equalTo(2));
    }
}
