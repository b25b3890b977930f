package fr.titrepro.candidate;

import fr.titrepro.candidate.importing.ImportTemplate;
import fr.titrepro.candidate.link.LinkRequestRepository;
import fr.titrepro.candidate.link.LinkRequestStatus;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Bulk import: encodings, separators, the error report, all or nothing, idempotence, background jobs. */
@QuarkusTest
class CandidateImportResourceTest {

    static final String HEADER = "nom_naissance;nom_usage;prenoms;sexe;date_naissance;commune_naissance;"
            + "departement_naissance;pays_naissance;email;parcours;titre;ccp;debut_formation;fin_formation;"
            + "vae_decision;vae_date;temps_supplementaire";

    @Inject
    CentreFixtures fixtures;

    @Inject
    CandidateRepository candidates;

    @Inject
    LinkRequestRepository linkRequests;

    long centreA;

    @BeforeEach
    void centres() {
        centreA = fixtures.centreOf("centre");
        fixtures.centreOf("centre2");
    }

    @Test
    void theTemplateIsTheHeaderLine() {
        byte[] body = as("centre").get("/api/candidates/import/template").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"modele-import-candidats.csv\"")
                .extract().asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(ImportTemplate.headerLine() + "\r\n");
        assertThat(text).startsWith("nom_naissance;nom_usage;prenoms;sexe;date_naissance;");
    }

    @Test
    void aWindows1252FileWithAccentsIsImported() {
        String name = CandidateFixtures.uniqueName("Lefèvre");
        String file = HEADER + "\r\n"
                + name + ";;Éloïse Anaïs;F;04/03/1990;Saint-Étienne;42;;eloise@exemple.test;FORMATION;TP-00496;;01/09/2025;30/06/2026;;;33\r\n"
                + name + ";Béranger;François;M;1988-12-25;Besançon;25;;;VAE;;;;;DREETS-BFC-0042;15/01/2025;\r\n";
        as("centre").contentType("text/csv").body(file.getBytes(Charset.forName("windows-1252")))
                .post("/api/candidates/import").then().statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(2)).body("alreadyPresent", equalTo(0))
                .body("message", equalTo("2 créés, 0 déjà présent"));
        as("centre").get("/api/candidates?query=" + name).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.fullName", equalTo(List.of(name.toUpperCase() + " Éloïse Anaïs",
                        name.toUpperCase() + " (BÉRANGER) François")))
                .body("items.birthPlace", equalTo(List.of("Saint-Étienne (42)", "Besançon (25)")));
        Candidate eloise = candidates.find("identity.birthName = ?1 and identity.firstNames = ?2", name,
                "Éloïse Anaïs").firstResult();
        assertThat(eloise.extraTimePercent).isEqualTo(33);
        assertThat(eloise.identity.birthDate).hasToString("1990-03-04");
        assertThat(eloise.trainingEnd).hasToString("2026-06-30");
        Candidate francois = candidates.find("identity.birthName = ?1 and identity.firstNames = ?2", name,
                "François").firstResult();
        assertThat(francois.pathway).isEqualTo(Pathway.VAE);
        assertThat(francois.vaeDecisionDate).hasToString("2025-01-15");
        assertThat(francois.isFollowedBy(centreA)).isTrue();
    }

    @Test
    void aFileWhoseLastRowIsBadChangesNothing() {
        String name = CandidateFixtures.uniqueName("Tout");
        long candidatesBefore = candidates.count();
        long followsBefore = follows();
        String file = HEADER + "\n"
                + row(name, "Anne", "01/02/1991") + "\n"
                + row(name, "Bruno", "02/02/1991") + "\n"
                + row(name, "Chloé", "31/02/1991") + "\n";
        as("centre").contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("detail", containsString("rien n'a été enregistré"))
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].field", equalTo("date_naissance"))
                .body("errors[0].message", equalTo("Date invalide « 31/02/1991 » : format attendu jj/mm/aaaa ou aaaa-mm-jj."))
                .body("rows", equalTo(3));
        assertThat(candidates.count()).isEqualTo(candidatesBefore);
        assertThat(follows()).isEqualTo(followsBefore);
        assertThat(candidates.count("identity.birthName", name)).isZero();
    }

    @Test
    void reImportingTheSameFileCreatesNothing() {
        String name = CandidateFixtures.uniqueName("Idem");
        String file = HEADER.replace(';', ',') + "\n"
                + row(name, "Anne", "1991-02-01").replace(';', ',') + "\n"
                + row(name, "Bruno", "1991-02-02").replace(';', ',') + "\n"
                + row(name, "Chloé", "1991-02-03").replace(';', ',') + "\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        as("centre").contentType("text/csv").body(bytes).post("/api/candidates/import").then().statusCode(200)
                .body("created", equalTo(3)).body("message", equalTo("3 créés, 0 déjà présent"));
        long after = candidates.count();
        as("centre").contentType("text/csv").body(bytes).post("/api/candidates/import").then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyPresent", equalTo(3))
                .body("message", equalTo("0 créé, 3 déjà présents"));
        assertThat(candidates.count()).isEqualTo(after);
        assertThat(candidates.count("identity.birthName", name)).isEqualTo(3);
    }

    @Test
    void everyBadRowIsReportedWithItsLineColumnAndAFrenchMessage() {
        String name = CandidateFixtures.uniqueName("Err");
        String other = CandidateFixtures.uniqueName("Autre");
        as("centre2").contentType("application/json").body(CandidateFixtures.person().named(other, "Lina").json())
                .post("/api/candidates").then().statusCode(201);
        String file = HEADER + "\n"
                + row(name, "Anne", "01/02/1991") + "\n"                               // 2: fine
                + row("", "Bruno", "02/02/1991") + "\n"                                // 3: missing birth name
                + row(name, "Chloé", "le 3 mars") + "\n"                               // 4: bad date
                + row(name, "Denis", "04/02/1991").replace("TP-00496", "TP-12345") + "\n" // 5: unknown title
                + row(name, "Anne Marie", "01/02/1991") + "\n"                         // 6: same person as line 2
                + row(other, "Lina", "14/05/1996") + "\n"                              // 7: registered by centre2: no error (issue 12)
                + name + ";;Eve;X;05/02/1991;;;;;FORMATION;TP-00496;3;01/09/2025;30/06/2026;;;\n"; // 8: sex, place, CCP
        long before = candidates.count();
        ValidatableResponse r = as("centre").contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import").then().statusCode(400)
                .body("errors.line", equalTo(List.of(3, 4, 5, 6, 8, 8, 8)));
        r.body("errors[0].field", equalTo("nom_naissance")).body("errors[0].message", equalTo("Champ obligatoire."));
        r.body("errors[1].field", equalTo("date_naissance"))
                .body("errors[1].message", equalTo("Date invalide « le 3 mars » : format attendu jj/mm/aaaa ou aaaa-mm-jj."));
        r.body("errors[2].field", equalTo("titre")).body("errors[2].message", equalTo("Titre inconnu : « TP-12345 »."));
        r.body("errors[3].field", equalTo("nom_naissance")).body("errors[3].message", equalTo(
                "Doublon de la ligne 2 : même personne (nom de naissance, premier prénom, date et lieu de naissance)."));
        r.body("errors[4].field", equalTo("sexe")).body("errors[4].message", equalTo("Sexe inconnu « X » : F (femme) ou M (homme)."));
        r.body("errors[5].field", equalTo("commune_naissance"));
        r.body("errors[6].field", equalTo("ccp"))
                .body("errors[6].message", equalTo("Le titre TP-00496 n'a pas de CCP [3] (CCP existants : [1, 2])."));
        r.body("errors.message", not(hasItem(containsString("déjà inscrite"))));
        assertThat(candidates.count()).isEqualTo(before);
    }

    /**
     * Issue 12, finding « a dry-run CSV import answers the same question (who exists) for 50,000 identities per
     * request »: the dry run of centre for a person registered by centre2 answers exactly as for a person nobody
     * registered; the real import sends a link request (no follow, no record), which the administration accepts for
     * a person without a login; only then does centre read the record.
     */
    @Test
    void theDryRunNeverRevealsWhoExistsAndTheImportSendsLinkRequests() {
        String name = CandidateFixtures.uniqueName("Lien");
        int existing = as("centre2").contentType("application/json")
                .body(CandidateFixtures.person().named(name, "Lina").json())
                .post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        byte[] known = (HEADER + "\n" + row(name, "Lina", "14/05/1996") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] unknown = (HEADER + "\n" + row(name, "Nobody", "14/05/1996") + "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> knownAnalysis = as("centre").contentType("text/csv").body(known)
                .post("/api/candidates/import?dryRun=true&link=true").then().statusCode(200)
                .body("valid", equalTo(true)).body("toCreate", equalTo(1)).body("toLink", equalTo(0))
                .body("alreadyPresent", equalTo(0)).body("errors", hasSize(0))
                .body("message", equalTo("Fichier valide : 1 à inscrire, 0 déjà suivi(s) par votre centre."))
                .extract().jsonPath().getMap("$");
        Map<String, Object> unknownAnalysis = as("centre").contentType("text/csv").body(unknown)
                .post("/api/candidates/import?dryRun=true&link=true").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        knownAnalysis.remove("preview");
        unknownAnalysis.remove("preview");
        assertThat(knownAnalysis).isEqualTo(unknownAnalysis);

        as("centre").contentType("text/csv").body(known).post("/api/candidates/import").then().statusCode(200)
                .body("created", equalTo(0)).body("linked", equalTo(1))
                .body("message", startsWith("0 créé, 0 déjà présent, 1 demande de rattachement envoyée"));
        assertThat(candidates.count("identity.birthName", name)).isEqualTo(1);
        as("centre").get("/api/candidates/" + existing).then().statusCode(404);
        int request = as("centre").get("/api/candidates/link-requests").then().statusCode(200)
                .body("find { it.typedFullName == '" + name.toUpperCase() + " Lina' }.status", equalTo("PENDING"))
                .body("find { it.typedFullName == '" + name.toUpperCase() + " Lina' }.candidateId", nullValue())
                .extract().path("find { it.typedFullName == '" + name.toUpperCase() + " Lina' }.id");
        // the same file again: still one request, still no record
        as("centre").contentType("text/csv").body(known).post("/api/candidates/import").then().statusCode(200);
        assertThat(linkRequests.count("candidate.id = ?1 and status = ?2", (long) existing, LinkRequestStatus.PENDING))
                .isEqualTo(1);

        as("admin").post("/api/candidates/link-requests/" + request + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        as("centre").get("/api/candidates/" + existing).then().statusCode(200);
        as("centre").contentType("text/csv").body(known).post("/api/candidates/import").then().statusCode(200)
                .body("message", equalTo("0 créé, 1 déjà présent"));
    }

    @Test
    void aDryRunPreviewsAndWritesNothing() {
        String name = CandidateFixtures.uniqueName("Apercu");
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 12; i++) {
            file.append(row(name, "Prenom" + (char) ('a' + i), "01/02/1991")).append('\n');
        }
        as("centre").contentType("text/csv").body(file.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import?dryRun=true").then().statusCode(200)
                .body("valid", equalTo(true)).body("encoding", equalTo("UTF-8")).body("delimiter", equalTo(";"))
                .body("rows", equalTo(12)).body("toCreate", equalTo(12)).body("alreadyPresent", equalTo(0))
                .body("preview", hasSize(10)).body("preview[0][0]", equalTo(name))
                .body("header[0]", equalTo("nom_naissance"))
                .body("errors", hasSize(0));
        assertThat(candidates.count("identity.birthName", name)).isZero();
    }

    @Test
    void aBackgroundJobReportsItsProgressToItsOwnerOnly() {
        String name = CandidateFixtures.uniqueName("Tache");
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 300; i++) {
            file.append(row(name, "Prenom" + letters(i), "01/02/1991")).append('\n');
        }
        int id = as("centre").contentType("text/csv").header("X-File-Name", "stagiaires.csv")
                .body(file.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import/jobs").then().statusCode(202)
                .header("Location", matchesPattern(".*/api/candidates/import/jobs/\\d+"))
                .extract().path("id");
        Map<String, Object> job = awaitJob("centre", id);
        assertThat(job).containsEntry("status", "DONE").containsEntry("created", 300).containsEntry("percent", 100)
                .containsEntry("total", 300).containsEntry("fileName", "stagiaires.csv")
                .containsEntry("message", "300 créés, 0 déjà présent");
        assertThat(candidates.count("identity.birthName", name)).isEqualTo(300);
        as("centre2").get("/api/candidates/import/jobs/" + id).then().statusCode(404);
        as("admin").get("/api/candidates/import/jobs/" + id).then().statusCode(200);
    }

    @Test
    void aRefusedBackgroundJobListsTheErrorsAndWritesNothing() {
        String name = CandidateFixtures.uniqueName("Refus");
        String file = HEADER + "\n" + row(name, "Anne", "01/02/1991") + "\n" + row(name, "Bruno", "32/01/1991") + "\n";
        int id = as("centre").contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import/jobs").then().statusCode(202).extract().path("id");
        Map<String, Object> job = awaitJob("centre", id);
        assertThat(job).containsEntry("status", "REFUSED");
        as("centre").get("/api/candidates/import/jobs/" + id).then()
                .body("errors[0].line", equalTo(3)).body("errors[0].field", equalTo("date_naissance"))
                .body("message", containsString("rien n'a été enregistré"));
        assertThat(candidates.count("identity.birthName", name)).isZero();
    }

    @Test
    void headerProblemsEmptyFilesAndTheAdministrationsCentre() {
        as("centre").contentType("text/csv").body("nom;prenom;date_naisance\nA;B;C\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import").then().statusCode(400)
                .body("errors.line", hasItem(1))
                .body("errors.message", hasItem("Colonne inconnue « date_naisance » : utilisez les noms du modèle."))
                .body("errors.message", hasItem("Colonne obligatoire absente : « sexe »."));
        as("centre").contentType("text/csv").body(new byte[0]).post("/api/candidates/import").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        as("centre").contentType("text/csv").body((HEADER + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import").then().statusCode(400)
                .body("errors[0].message", equalTo("Le fichier ne contient aucun candidat sous la ligne d'en-tête."));
        String name = CandidateFixtures.uniqueName("Admin");
        byte[] file = (HEADER + "\n" + row(name, "Anne", "01/02/1991") + "\n").getBytes(StandardCharsets.UTF_8);
        as("admin").contentType("text/csv").body(file).post("/api/candidates/import").then().statusCode(400)
                .body("errors[0].field", equalTo("centreId"))
                .body("errors[0].message", equalTo("Choisissez le centre pour lequel importer."));
        as("admin").contentType("text/csv").body(file).post("/api/candidates/import?centreId=" + centreA)
                .then().statusCode(200).body("created", equalTo(1));
        as("centre").get("/api/candidates?query=" + name).then().body("total", equalTo(1));
        as("jury").contentType("text/csv").body(file).post("/api/candidates/import").then().statusCode(403);
        given().contentType("text/csv").body(file).post("/api/candidates/import").then().statusCode(401);
    }

    private long follows() {
        return candidates.getEntityManager().createQuery("select count(f) from CandidateFollow f", Long.class)
                .getSingleResult();
    }

    static String row(String name, String firstNames, String birthDate) {
        return name + ";;" + firstNames + ";F;" + birthDate + ";Lyon;69;;;FORMATION;TP-00496;;01/09/2025;30/06/2026;;;";
    }

    private static String letters(int i) {
        return "" + (char) ('a' + i / 26 / 26 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    private static Map<String, Object> awaitJob(String user, int id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> job = as(user).get("/api/candidates/import/jobs/" + id).then().statusCode(200)
                    .extract().as(Map.class);
            if (Boolean.TRUE.equals(job.get("finished"))) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("L'import " + id + " ne s'est pas terminé");
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
