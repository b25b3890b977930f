package fr.titrepro.referential;

import fr.titrepro.security.Roles;
import fr.titrepro.support.ReferentialFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TitleResourceTest {

    @Inject
    TitleVersionRepository versions;

    @Test
    @TestSecurity(user = "jury", roles = Roles.JUROR)
    void triHasTwoCcpsEightCompetenciesAndEveryCriterionOfTheReac() {
        Map<String, Object> tri = given().get("/api/titles/TP-00496").then().statusCode(200)
                .body("acronym", equalTo("TRI"))
                .body("version", equalTo("05"))
                .body("ccps", hasSize(2))
                .body("ccps[0].name", equalTo("Intervenir sur un réseau IP"))
                .body("ccps[0].competencies.number", equalTo(List.of(1, 2, 3, 4)))
                .body("ccps[1].competencies.number", equalTo(List.of(5, 6, 7, 8)))
                .body("ccps[0].competencies[0].criteria.text", hasItems(
                        "Les ressources distantes sont accessibles depuis la tablette ou le poste de travail",
                        "Le téléphone permet d'effectuer un appel",
                        "Les tests sont réalisés de manière logique"))
                .body("ccps[1].competencies[3].name", equalTo("Installer et maintenir un système de téléphonie IP"))
                .body("transversalCompetencies[0].name", equalTo("Mettre en oeuvre une démarche de résolution de problème"))
                .body("nsfCodes[0].code", equalTo("326r"))
                .body("replaces.version", equalTo("2010"))
                .body("replaces.official", equalTo(false))
                .body("specialityDecree", equalTo("arrêté du 22 juillet 2003 portant création du titre professionnel "
                        + "de technicien réseaux IP, modifié (JO du 24 décembre 2020)"))
                .extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ccps = (List<Map<String, Object>>) tri.get("ccps");
        int criteria = ccps.stream().flatMap(c -> ((List<Map<String, Object>>) c.get("competencies")).stream())
                .mapToInt(k -> ((List<?>) k.get("criteria")).size()).sum();
        assertThat(criteria).isEqualTo(31);
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void trteIsTheRevisedVersionWithThreeCcps() {
        given().get("/api/titles/TP-00496?version=2010").then().statusCode(200)
                .body("acronym", equalTo("TRTE"))
                .body("status", equalTo("REVISED"))
                .body("ccps", hasSize(3))
                .body("ccps.competencies.flatten()", hasSize(14))
                .body("replacedBy", hasItem("TP-00496 version 05"));
        given().get("/api/titles/TP-00496/versions").then().statusCode(200)
                .body("version", equalTo(List.of("05", "2010")))
                .body("[0].replaces", equalTo("TP-00496 version 2010"));
    }

    @Test
    @TestSecurity(user = "candidat", roles = Roles.CANDIDATE)
    void listFiltersByStatus() {
        given().get("/api/titles").then().statusCode(200).body("code", hasItem("TP-00496"));
        given().get("/api/titles?status=ACTIVE").then().statusCode(200).body("code", hasItem("TP-00496"));
        given().get("/api/titles?status=CLOSED").then().statusCode(200).body("code", not(hasItem("TP-00496")));
        given().get("/api/titles?status=OUVERT").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void unknownTitleOrVersionIsA404Problem() {
        given().get("/api/titles/TP-99999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:not-found"))
                .body("title", equalTo("Ressource introuvable"))
                .body("detail", containsString("TP-99999"));
        given().get("/api/titles/TP-00496?version=99").then().statusCode(404)
                .body("detail", containsString("pas de version « 99 »"));
        given().get("/api/titles/TP-99999/versions").then().statusCode(404);
    }

    @Test
    void anonymousCallsAreRefusedWith401Problem() {
        given().get("/api/titles").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:unauthorized"));
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void onlyAnAdminImports() {
        given().contentType("application/yaml").body(yaml("TP-08001", "Intitulé"))
                .post("/api/titles").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:forbidden"));
        assertThat(versions.findVersion("TP-08001", "01")).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void importIsIdempotentAndReplacementIsExplicit() {
        given().contentType("application/yaml").body(yaml("TP-08002", "Intitulé"))
                .post("/api/titles").then().statusCode(201)
                .header("Location", endsWith("/api/titles/TP-08002?version=01"))
                .body("outcome", equalTo("CREATED"))
                .body("competencies", equalTo(2))
                .body("criteria", equalTo(3));
        given().contentType("application/yaml").body(yaml("TP-08002", "Intitulé"))
                .post("/api/titles").then().statusCode(200).body("outcome", equalTo("UNCHANGED"));
        assertThat(versions.count("code", "TP-08002")).isEqualTo(1);

        given().contentType("application/yaml").body(yaml("TP-08002", "Nouvel intitulé"))
                .post("/api/titles").then().statusCode(409)
                .body("detail", containsString("replace=true"));
        given().get("/api/titles/TP-08002").then().body("name", equalTo("Intitulé"));

        given().contentType("application/yaml").body(yaml("TP-08002", "Nouvel intitulé"))
                .post("/api/titles?replace=true").then().statusCode(200).body("outcome", equalTo("REPLACED"));
        given().get("/api/titles/TP-08002").then().statusCode(200)
                .body("name", equalTo("Nouvel intitulé"))
                .body("ccps", hasSize(2))
                .body("ccps[0].competencies[0].criteria.text", equalTo(List.of("Critère A", "Critère B")));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void aMalformedFileListsEveryErrorAndChangesNothing() {
        long before = versions.count();
        String broken = ReferentialFixtures.sampleTitle("TP-08003", "Intitulé").replace("level: 3", "level: 0")
                .replace("criteria: [Critère C]", "criteria: []")
                .replace("validFrom: 2024-01-01", "validFrom: 31/12/2024");
        given().contentType("application/yaml").body(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/titles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("detail", containsString("rien n'a été enregistré"))
                .body("errors.field", hasItems("level", "validFrom", "ccps[1].competencies[0].criteria"))
                .body("errors.message", hasItem("Date invalide : format attendu AAAA-MM-JJ."));
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void jsonIsAcceptedToo() {
        String json = """
                {"code":"TP-08004","acronym":"JSN","name":"Titre JSON","level":5,"eqfLevel":5,
                 "nsfCodes":[{"code":"310m"}],"version":"2","validFrom":"2025-01-01","status":"ACTIVE",
                 "ccps":[{"number":1,"name":"Activité","competencies":[{"number":1,"name":"C","criteria":["K"]}]}]}
                """;
        given().contentType(ContentType.JSON).body(json).post("/api/titles").then().statusCode(201);
        given().get("/api/titles/TP-08004").then().body("rncp", nullValue()).body("ccps[0].competencies[0].criteria[0].text", equalTo("K"));
    }

    private static byte[] yaml(String code, String name) {
        return ReferentialFixtures.sampleTitleBytes(code, name);
    }
}
