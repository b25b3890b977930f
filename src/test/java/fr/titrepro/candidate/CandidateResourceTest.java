package fr.titrepro.candidate;

import fr.titrepro.centre.CentreRepository;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CandidateFixtures.Person;
import fr.titrepro.support.CentreFixtures;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The candidate API with real Keycloak tokens: "centre" and "centre2" are staff of two different centres, "admin"
 * the administration, "candidat" a candidate.
 */
@QuarkusTest
class CandidateResourceTest {

    @Inject
    CentreFixtures fixtures;

    @Inject
    CandidateRepository repository;

    @Inject
    CentreRepository centres;

    long centreA;
    long centreB;

    @BeforeEach
    void centres() {
        centreA = fixtures.centreOf("centre");
        centreB = fixtures.centreOf("centre2");
    }

    @Test
    void aCentreRegistersACandidateItThenFollows() {
        Person p = CandidateFixtures.person();
        p.extraTimePercent = 33;
        p.assistance = "Secrétaire";
        p.trainedCcpNumbers = java.util.Set.of(2);
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/candidates/\\d+"))
                .body("outcome", equalTo("CREATED"))
                .body("candidate.reference", matchesPattern("C-[0-9A-HJKMNP-TV-Z]{8}"))
                .body("candidate.fullName", equalTo(p.birthName.toUpperCase() + " Camille Marie"))
                .body("candidate.civility", equalTo("Madame"))
                .body("candidate.birthPlace", equalTo("Lyon (69)"))
                .body("candidate.pathwayLabel", equalTo("Formation"))
                .body("candidate.trainedCcpNumbers", equalTo(List.of(2)))
                .body("candidate.accommodations.extraTimePercent", equalTo(33))
                .body("candidate.followedBy.id", equalTo(List.of((int) centreA)))
                .extract().path("candidate.id");
        as("centre").get("/api/candidates/" + id).then().statusCode(200).body("birthName", equalTo(p.birthName));
        as("centre").get("/api/candidates?query=" + p.birthName).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].accommodations", equalTo(true));
    }

    @Test
    void everyBadFieldIsReportedAndNothingIsWritten() {
        Person p = CandidateFixtures.person();
        p.firstNames = null;
        p.email = "pas-un-courriel";
        p.birthDepartment = "99";
        p.trainingTitleCode = "TP-99999";
        p.trainingEnd = p.trainingStart.minusDays(1);
        as("centre").body(p.json()).post("/api/candidates").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("detail", equalTo("Le dossier n'a pas été enregistré : corrigez les champs signalés."))
                .body("errors.field", hasItems("firstNames", "email", "birthDepartment", "trainingTitleCode", "trainingEnd"))
                .body("errors.find { it.field == 'trainingTitleCode' }.message", equalTo("Titre inconnu : « TP-99999 »."));
        assertThat(repository.count("identity.birthName", p.birthName)).isZero();

        Map<String, Object> unreadable = p.json();
        unreadable.put("sex", "X");
        as("centre").body(unreadable).post("/api/candidates").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sex"))
                .body("errors[0].message", equalTo("Valeur inconnue « X » : F, M."));
        as("centre").post("/api/candidates").then().statusCode(400);
    }

    @Test
    void theSamePersonTwiceIsA409WithTheExistingReference() {
        Person p = CandidateFixtures.person();
        String reference = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201)
                .extract().path("candidate.reference");
        int id = repository.findByReference(reference).orElseThrow().id.intValue();
        // other e-mail, capitals, no accent, second first name dropped: still the same person
        p.email = "autre@exemple.test";
        p.birthName = p.birthName.toUpperCase();
        p.firstNames = "camille";
        as("centre").body(p.json()).post("/api/candidates").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:duplicate"))
                .body("existingReference", equalTo(reference))
                .body("existingId", equalTo(id))
                .body("followedByYourCentre", equalTo(true))
                .body("detail", containsString("déjà inscrite et suivie par votre centre"));
        assertThat(repository.count("identityKey", repository.findById((long) id).identityKey)).isEqualTo(1);
    }

    /**
     * Issue 12: a second centre no longer follows the existing person at once (that was the takeover of the finding):
     * it gets a pending link request and learns neither the reference nor the record (LinkRequestResourceTest plays
     * the answers). No duplicate is created.
     */
    @Test
    void aSecondCentreAsksToFollowTheExistingPersonInsteadOfCopyingIt() {
        Person p = CandidateFixtures.person();
        String reference = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201)
                .extract().path("candidate.reference");
        long id = repository.findByReference(reference).orElseThrow().id;

        p.birthName = p.birthName.toUpperCase();
        p.birthCommune = "LYON";
        p.phone = "07 00 00 00 00";
        as("centre2").body(p.json()).post("/api/candidates").then().statusCode(409)
                .body("existingReference", nullValue())
                .body("existingId", nullValue())
                .body("followedByYourCentre", equalTo(false))
                .body("detail", containsString("link=true"))
                .body("detail", not(containsString(reference)));
        as("centre2").get("/api/candidates/" + id).then().statusCode(404);

        as("centre2").body(p.json()).post("/api/candidates?link=true").then().statusCode(202)
                .body("outcome", equalTo("LINK_REQUESTED"))
                .body("candidate", nullValue())
                .body("linkRequest.status", equalTo("PENDING"));
        as("centre2").get("/api/candidates/" + id).then().statusCode(404);
        as("centre").get("/api/candidates/" + id).then().statusCode(200)
                .body("followedBy.id", equalTo(List.of((int) centreA)));
        as("admin").get("/api/candidates/" + id).then().statusCode(200)
                .body("followedBy.id", equalTo(List.of((int) centreA)));
        assertThat(repository.count("reference", reference)).isEqualTo(1);
        assertThat(repository.count("identity.birthName", p.birthName)).isEqualTo(1);
    }

    @Test
    void anotherCentresCandidateIsNotFoundOnEveryEndpoint() {
        Person p = CandidateFixtures.person();
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201)
                .extract().path("candidate.id");
        String reference = repository.findById((long) id).reference;
        as("centre2").get("/api/candidates/" + id).then().statusCode(404)
                .body("type", equalTo("urn:titrepro:problem:not-found"))
                .body("detail", equalTo("Candidat introuvable."));
        as("centre2").body(p.json()).put("/api/candidates/" + id).then().statusCode(404);
        as("centre2").get("/api/candidates/" + id + "/export").then().statusCode(404);
        as("centre2").delete("/api/candidates/" + id).then().statusCode(404);
        as("centre2").get("/api/candidates?query=" + reference).then().statusCode(200).body("total", equalTo(0));
        as("centre2").get("/api/candidates?query=" + p.birthName).then().statusCode(200).body("items", hasSize(0));
        as("centre2").get("/api/candidates?size=100").then().body("items.id", not(hasItem(id)));
        // held CCPs are recorded by the administration only: a role refusal, not a leak
        as("centre").body(Map.of()).post("/api/candidates/" + id + "/held-ccps").then().statusCode(403);
        // and nothing changed
        as("centre").get("/api/candidates/" + id).then().statusCode(200).body("birthName", equalTo(p.birthName));
        // a candidate login is no centre: another person's record is not found either
        fixtures.candidateOf("candidat", "centre2");
        as("candidat").get("/api/candidates/" + id).then().statusCode(404);
        as("candidat").get("/api/candidates/" + id + "/export").then().statusCode(404);
        as("candidat").get("/api/candidates").then().statusCode(403);
        as("jury").get("/api/candidates/" + id).then().statusCode(403);
    }

    @Test
    void theAdministrationSeesEveryCentresCandidates() {
        String name = CandidateFixtures.uniqueName("Admin");
        as("centre").body(CandidateFixtures.person().named(name, "Paul").json()).post("/api/candidates").then().statusCode(201);
        as("centre2").body(CandidateFixtures.person().named(name, "Pierre").json()).post("/api/candidates").then().statusCode(201);
        as("admin").get("/api/candidates?query=" + name).then().statusCode(200)
                .body("total", equalTo(2)).body("items.fullName", hasItems(name.toUpperCase() + " Paul", name.toUpperCase() + " Pierre"));
        as("centre").get("/api/candidates?query=" + name).then().body("total", equalTo(1));
    }

    @Test
    void aWordLooksInTheEmailsOnlyWithAnAtOrADotAndInTheReferencesOnlyWithADigitOrAHyphen() {
        String name = CandidateFixtures.uniqueName("Mail");
        String handle = CandidateFixtures.uniqueName("pm").toLowerCase();
        CandidateFixtures.Person p = CandidateFixtures.person().named(name, "Paul");
        p.email = handle + ".contact@exemple.test";
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201)
                .extract().path("candidate.id");
        String reference = repository.findById((long) id).reference;
        // issue 14: a plain word starts a name or first names only (e-mails begin with a first name: their range
        // doubled the reads of every search by first name); the e-mail is found by a word holding « . » or « @ »
        as("centre").get("/api/candidates?query=" + handle).then().statusCode(200).body("total", equalTo(0));
        as("centre").get("/api/candidates?query=" + handle + ".").then().body("items.id", equalTo(List.of(id)));
        as("centre").get("/api/candidates?query=" + p.email).then().body("items.id", equalTo(List.of(id)));
        // a reference (« C-… »: a hyphen and digits) by its start, alone or with the name
        as("centre").get("/api/candidates?query=" + reference.substring(0, 6)).then().body("items.id", hasItem(id));
        as("centre").get("/api/candidates?query=" + name + " " + reference).then().body("items.id", equalTo(List.of(id)));
        as("centre2").get("/api/candidates?query=" + p.email).then().body("total", equalTo(0));
    }

    @Test
    void listsArePaginatedAndSearchable() {
        String name = CandidateFixtures.uniqueName("Page");
        for (String first : List.of("Alice", "Élodie", "Zoé")) {
            as("centre").body(CandidateFixtures.person().named(name, first).json()).post("/api/candidates").then().statusCode(201);
        }
        as("centre").get("/api/candidates?query=" + name + "&size=2").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(3)).body("totalPages", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.fullName", equalTo(List.of(name.toUpperCase() + " Alice", name.toUpperCase() + " Élodie")));
        as("centre").get("/api/candidates?query=" + name + "&size=2&page=1").then()
                .body("items.fullName", equalTo(List.of(name.toUpperCase() + " Zoé")));
        // keyset (issue 14): the first page's « next » leads to the same second page; the last page has none
        String next = as("centre").get("/api/candidates?query=" + name + "&size=2").then().extract().path("next");
        as("centre").get("/api/candidates?query=" + name + "&size=2&after=" + next).then().statusCode(200)
                .body("items.fullName", equalTo(List.of(name.toUpperCase() + " Zoé"))).body("next", nullValue());
        as("centre").get("/api/candidates?after=%25%25").then().statusCode(400).body("errors[0].field", equalTo("after"));
        // each word starts a name (an index range), it is not looked for inside one
        as("centre").get("/api/candidates?query=" + name.substring(0, 8)).then().body("total", equalTo(3));
        as("centre").get("/api/candidates?query=" + name.substring(2)).then().body("total", equalTo(0));
        // accents and case ignored, several words, birth date
        as("centre").get("/api/candidates?query=" + name.toLowerCase() + " elodie").then().body("total", equalTo(1));
        as("centre").get("/api/candidates?query=" + name + " 14/05/1996").then().body("total", equalTo(3));
        as("centre").get("/api/candidates?query=" + name + " 15/05/1996").then().body("total", equalTo(0));
        as("centre").get("/api/candidates?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        as("centre").get("/api/candidates?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aCentreUpdatesItsCandidateWithConcurrencyAndDuplicateChecks() {
        Person p = CandidateFixtures.person();
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        Person other = CandidateFixtures.person();
        as("centre").body(other.json()).post("/api/candidates").then().statusCode(201);

        Map<String, Object> body = p.json();
        body.put("phone", "07 11 22 33 44");
        body.put("version", 0);
        as("centre").body(body).put("/api/candidates/" + id).then().statusCode(200)
                .body("phone", equalTo("07 11 22 33 44")).body("version", equalTo(1)).body("updatedAt", notNullValue());
        as("centre").body(body).put("/api/candidates/" + id).then().statusCode(409)
                .body("detail", containsString("modifié entre-temps"));
        Map<String, Object> becomesOther = other.json();
        as("centre").body(becomesOther).put("/api/candidates/" + id).then().statusCode(409)
                .body("type", equalTo("urn:titrepro:problem:duplicate"));
        body.remove("version");
        body.put("username", "quelquun");
        as("centre").body(body).put("/api/candidates/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("username"))
                .body("errors[0].message", equalTo("Seule l'administration rattache un identifiant de connexion à un candidat."));
        body.put("email", "invalide");
        body.remove("username");
        as("centre").body(body).put("/api/candidates/" + id).then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void aCandidateReadsTheirOwnRecord() {
        long own = fixtures.candidateOf("candidat", "centre2");
        as("candidat").get("/api/me/candidate").then().statusCode(200)
                .body("id", equalTo((int) own)).body("username", equalTo("candidat"));
        as("candidat").get("/api/candidates/" + own).then().statusCode(200);
        as("candidat").get("/api/me/candidate/export").then().statusCode(200)
                .body("reference", equalTo(repository.findById(own).reference))
                .body("login", equalTo("candidat"));
        as("candidat").body(Map.of()).put("/api/candidates/" + own).then().statusCode(403);
        as("candidat2").get("/api/me/candidate").then().statusCode(404)
                .body("detail", equalTo("Aucun dossier de candidat n'est rattaché à votre compte."));
    }

    @Test
    void theAdministrationLinksALoginOnce() {
        long linked = fixtures.candidateOf("candidat", "centre2");
        Person p = CandidateFixtures.person();
        Map<String, Object> body = p.json();
        body.put("username", "candidat");
        body.put("centreId", centreA);
        as("admin").body(body).post("/api/candidates").then().statusCode(409)
                .body("errors[0].field", equalTo("username"))
                .body("detail", equalTo("Cet identifiant est déjà rattaché au candidat " + repository.findById(linked).reference + "."));
        body.put("username", "candidat-" + System.nanoTime());
        as("admin").body(body).post("/api/candidates").then().statusCode(201)
                .body("candidate.followedBy.id", equalTo(List.of((int) centreA)))
                .body("candidate.username", equalTo(body.get("username")));
        body.put("centreId", centreB);
        as("centre").body(body).post("/api/candidates").then().statusCode(400).body("errors[0].field", equalTo("centreId"));
    }

    @Test
    void theExportHoldsEverythingOnThePerson() {
        Person p = CandidateFixtures.person();
        p.extraTimePercent = 33;
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        as("admin").body(heldCcp(1)).post("/api/candidates/" + id + "/held-ccps").then().statusCode(201);
        as("centre").get("/api/candidates/" + id + "/export").then().statusCode(200)
                .header("Content-Disposition", matchesPattern("attachment; filename=\"donnees-C-.{8}\\.json\""))
                .body("identity.birthName", equalTo(p.birthName))
                .body("identity.birthDate", equalTo("1996-05-14"))
                .body("contact.email", equalTo(p.email))
                .body("pathway.pathway", equalTo("TRAINING"))
                .body("accommodations.extraTimePercent", equalTo(33))
                .body("followedBy.centre", equalTo(List.of(centres.findById(centreA).name)))
                .body("heldCcps[0].ccpNumber", equalTo(1))
                .body("heldCcps[0].proofReference", equalTo("Livret LC-2019-0042"))
                .body("heldCcps[0].recordedBy", equalTo("admin"))
                .body("exportedAt", notNullValue());
    }

    @Test
    void erasureAnonymisesAPersonWithoutCertification() {
        Person p = CandidateFixtures.person();
        int id = as("centre").body(p.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        as("centre").delete("/api/candidates/" + id).then().statusCode(200);
        as("centre").get("/api/candidates/" + id).then().statusCode(404);
        as("admin").get("/api/candidates/" + id).then().statusCode(404);
        as("admin").get("/api/candidates?query=" + p.birthName).then().body("total", equalTo(0));
        Candidate erased = repository.findById((long) id);
        assertThat(erased.identity.birthName).isEqualTo("ANONYME");
        assertThat(erased.identity.firstNames).isEqualTo("Anonyme");
        assertThat(erased.email).isNull();
        assertThat(erased.phone).isNull();
        assertThat(erased.identity.birthCommune).isNull();
        assertThat(erased.identityKey).isEqualTo("EFFACE|" + erased.reference);
        assertThat(erased.erasedAt).isNotNull();
        // the person may come back later: a new record, not the erased one
        as("centre").body(p.json()).post("/api/candidates").then().statusCode(201)
                .body("candidate.id", not(equalTo(id)));
    }

    /**
     * Issue 12: a holder of a CCP keeps their record (the administration is refused, RGPD art. 17(3)(b)); a centre's
     * « erase » of such a person, or of a person another centre follows, only stops its own follow (it used to be
     * refused, or to anonymise a person the centre had just taken over).
     */
    @Test
    void erasureIsRefusedToAHolderOfACcpAndACentreOnlyStopsFollowingAPersonNotItsAlone() {
        Person holder = CandidateFixtures.person();
        int holderId = as("centre").body(holder.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        as("admin").body(heldCcp(2)).post("/api/candidates/" + holderId + "/held-ccps").then().statusCode(201);
        as("admin").delete("/api/candidates/" + holderId).then().statusCode(422)
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("detail", containsString("Effacement refusé : cette personne détient une certification"));
        as("centre").delete("/api/candidates/" + holderId).then().statusCode(200);
        as("centre").get("/api/candidates/" + holderId).then().statusCode(404);
        as("admin").get("/api/candidates/" + holderId).then().statusCode(200).body("birthName", equalTo(holder.birthName))
                .body("followedBy", hasSize(0));

        Person shared = CandidateFixtures.person();
        int sharedId = as("centre").body(shared.json()).post("/api/candidates").then().statusCode(201).extract().path("candidate.id");
        as("centre2").body(shared.json()).post("/api/candidates?link=true").then().statusCode(202);
        as("centre2").delete("/api/candidates/" + sharedId).then().statusCode(404);
        as("admin").delete("/api/candidates/" + sharedId).then().statusCode(200);
    }

    @Test
    void theAdministrationRecordsCcpsObtainedBeforeThePlatform() {
        int id = as("centre").body(CandidateFixtures.person().json()).post("/api/candidates").then().statusCode(201)
                .extract().path("candidate.id");
        as("admin").body(heldCcp(1)).post("/api/candidates/" + id + "/held-ccps").then().statusCode(201)
                .body("titleCode", equalTo("TP-00496")).body("titleVersion", equalTo("05"))
                .body("ccpName", equalTo("Intervenir sur un réseau IP")).body("sessionId", nullValue());
        as("admin").body(heldCcp(1)).post("/api/candidates/" + id + "/held-ccps").then().statusCode(409)
                .body("errors[0].field", equalTo("ccpNumber"));
        Map<String, Object> trte = heldCcp(3);
        trte.put("titleVersion", "2010");
        as("admin").body(trte).post("/api/candidates/" + id + "/held-ccps").then().statusCode(201)
                .body("titleVersion", equalTo("2010"));
        Map<String, Object> bad = heldCcp(3);
        bad.put("obtainedOn", java.time.LocalDate.now().plusDays(1).toString());
        bad.put("proofReference", " ");
        as("admin").body(bad).post("/api/candidates/" + id + "/held-ccps").then().statusCode(400)
                .body("errors.field", hasItems("ccpNumber", "obtainedOn", "proofReference"))
                .body("errors.find { it.field == 'ccpNumber' }.message", equalTo("Le titre TP-00496 (version 05) n'a pas de CCP 3."));
        as("centre").get("/api/candidates/" + id).then().body("heldCcps", hasSize(2));
    }

    @Test
    void aTitleVersionWhoseCcpsAreHeldCannotLoseThem() {
        String code = "TP-0" + (7000 + new java.util.Random().nextInt(999));
        as("admin").contentType("application/yaml").body(ReferentialFixtures.sampleTitleBytes(code, "Titre détenu"))
                .post("/api/titles").then().statusCode(201);
        int id = as("centre").body(CandidateFixtures.person().json()).post("/api/candidates").then().statusCode(201)
                .extract().path("candidate.id");
        Map<String, Object> held = heldCcp(2);
        held.put("titleCode", code);
        as("admin").body(held).post("/api/candidates/" + id + "/held-ccps").then().statusCode(201);
        String sample = ReferentialFixtures.sampleTitle(code, "Titre détenu");
        String withoutCcp2 = sample.substring(0, sample.indexOf("  - number: 2")) + sample.substring(sample.indexOf("transversalCompetencies:"));
        as("admin").contentType("application/yaml").body(withoutCcp2.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/titles?replace=true").then().statusCode(422)
                .body("detail", containsString("1 candidat(s) détiennent des CCP de cette version"));
    }

    private static Map<String, Object> heldCcp(int number) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("titleCode", "TP-00496");
        m.put("ccpNumber", number);
        m.put("obtainedOn", "2019-06-20");
        m.put("place", "Lyon");
        m.put("proofReference", "Livret LC-2019-0042");
        return m;
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }
}
