package fr.titrepro.eligibility;

import fr.titrepro.support.PdfText;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.IdentityKey;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.candidate.Sex;
import fr.titrepro.security.Roles;
import fr.titrepro.support.VaeFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.VaeFixtures.application;
import static fr.titrepro.support.VaeFixtures.experience;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class VaeResourceTest {

    @Inject
    VaeApplicationRepository applications;

    @Inject
    CandidateRepository candidates;

    @Inject
    fr.titrepro.support.SessionFixtures sessions;

    // ------------------------------------------------------------------ stateless checks

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void aCheckGivesTheVerdictTheRuleWithItsTextsTheReasonsAndTheCoverageWithoutRecordingAnything() {
        long before = applications.count();
        given().contentType(ContentType.JSON).body(VaeFixtures.eligibleTri(null))
                .post("/api/vae/eligibility-checks").then().statusCode(200)
                .body("verdict", equalTo("ELIGIBLE"))
                .body("verdictLabel", equalTo("Éligible"))
                .body("title.code", equalTo("TP-00496"))
                .body("title.version", equalTo("05"))
                .body("wholeTitle", equalTo(true))
                .body("rule.id", equalTo("VAE-2024"))
                .body("rule.references", hasItem(startsWith("Loi n° 2022-1598 du 21 décembre 2022")))
                .body("reasons.rule", everyItem(equalTo("VAE-2024")))
                .body("reasons.find { it.aspect == 'LIMITS' }.references[0]", containsString("R. 6412-3"))
                .body("reasons.find { it.aspect == 'RELATION' }.outcome", equalTo("MET"))
                .body("coverage.total", equalTo(8))
                .body("coverage.covered", equalTo(4))
                .body("coverage.ccps[0].competencies[0].experiences[0].label", equalTo("Réseaux Ouest — Technicienne réseaux"))
                .body("coverage.ccps[1].competencies[0].experiences[0].number", equalTo(2))
                .body("coverage.uncovered.number", equalTo(List.of(4, 6, 7, 8)));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void theRuleAndTheTitleVersionFollowTheApplicationDate() {
        // two years of experience, linked to TRTE competencies (the version in force in 2017)
        List<Map<String, Object>> twoYears = List.of(experience("Télécoms Nord", "2015-09-01", "2017-08-31", 35, null, 1, 7));
        given().contentType(ContentType.JSON).body(application(null, "2017-09-30", twoYears))
                .post("/api/vae/eligibility-checks").then().statusCode(200)
                .body("title.version", equalTo("2010"))
                .body("rule.id", equalTo("VAE-2002"))
                .body("verdict", equalTo("NOT_ELIGIBLE"))
                .body("reasons.find { it.aspect == 'DURATION' }.message", containsString("3 ans"))
                .body("coverage.total", equalTo(14));
        given().contentType(ContentType.JSON).body(application(null, "2017-10-01", twoYears))
                .post("/api/vae/eligibility-checks").then().statusCode(200)
                .body("rule.id", equalTo("VAE-2017"))
                .body("verdict", equalTo("ELIGIBLE"))
                .body("countedHours", equalTo(3655.0f));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void missingInformationMakesTheCheckIncompleteAndListsIt() {
        given().contentType(ContentType.JSON).body(application(null, "2021-03-01",
                        List.of(experience("Réseaux Ouest", "2018-01-01", null, null, null, 2))))
                .post("/api/vae/eligibility-checks").then().statusCode(200)
                .body("verdict", equalTo("INCOMPLETE"))
                .body("missing.field", equalTo(List.of("experiences[0].endDate", "experiences[0].hoursPerWeek")))
                .body("missing[0].message", containsString("date de fin"));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void impossibleValuesAreRefusedFieldByFieldInFrench() {
        Map<String, Object> body = application(null, "2024-03-01", List.of(
                experience("A", "2022-01-01", "2021-01-01", 35, null, 1),
                experience("B", "2022-01-01", "2022-12-31", 35, 900, 99)));
        body.put("ccpNumbers", List.of(7));
        given().contentType(ContentType.JSON).body(body)
                .post("/api/vae/eligibility-checks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:validation"))
                .body("errors.field", hasItems("ccpNumbers", "experiences[0].endDate", "experiences[1].totalHours",
                        "experiences[1].competencies"))
                .body("errors.find { it.field == 'experiences[0].endDate' }.message",
                        equalTo("La date de fin précède la date de début."));
        given().contentType(ContentType.JSON).body(Map.of("applicationDate", "2024-03-01"))
                .post("/api/vae/eligibility-checks").then().statusCode(400)
                .body("errors.field", hasItem("titleCode"));
        given().contentType(ContentType.JSON).body(Map.of("titleCode", "TP-00496", "applicationDate", "2005-01-01"))
                .post("/api/vae/eligibility-checks").then().statusCode(400)
                .body("errors[0].field", equalTo("applicationDate"))
                .body("errors[0].message", containsString("n'était pas en vigueur le 01/01/2005"));
        given().contentType(ContentType.JSON).body("{\"titleCode\":\"TP-00496\",\"applicationDate\":\"2024-03-01\","
                        + "\"experiences\":[{\"kind\":\"SALARIE\"}]}")
                .post("/api/vae/eligibility-checks").then().statusCode(400)
                .body("errors[0].field", equalTo("experiences[0].kind"));
    }

    // ------------------------------------------------------------------ applications

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void anApplicationIsRecordedWithItsEligibilityAndCanBeReadBackAndUpdated() {
        String name = VaeFixtures.uniqueName();
        Map<String, Object> body = application(name, LocalDate.now().minusDays(3).toString(),
                List.of(experience("Réseaux Ouest", "2021-01-04", null, 35, null, 1, 5)));
        String location = given().contentType(ContentType.JSON).body(body)
                .post("/api/vae/applications").then().statusCode(201)
                .header("Location", containsString("/api/vae/applications/"))
                .body("state", equalTo("INCOMPLETE"))
                .body("adviser", equalTo("conseiller"))
                .body("person.fullName", equalTo(name + " Camille, Marie"))
                .body("eligibility.missing.field", equalTo(List.of("experiences[0].endDate")))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        given().get("/api/vae/applications/" + id).then().statusCode(200)
                .body("experiences[0].organisation", equalTo("Réseaux Ouest"))
                .body("experiences[0].competencies", equalTo(List.of(1, 5)))
                .body("decision", equalTo(null));

        @SuppressWarnings("unchecked")
        Map<String, Object> x = (Map<String, Object>) ((List<?>) body.get("experiences")).getFirst();
        x.put("endDate", "2024-06-30");
        given().contentType(ContentType.JSON).body(body).put("/api/vae/applications/" + id).then().statusCode(200)
                .body("state", equalTo("ELIGIBLE"))
                .body("stateLabel", equalTo("Éligible — en attente de décision"))
                .body("eligibility.rule.id", equalTo("VAE-2024"));

        given().get("/api/vae/applications?size=100").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.state", equalTo("ELIGIBLE"));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void anInvalidApplicationIsRefusedWithEveryErrorAndNothingIsWritten() {
        long before = applications.count();
        Map<String, Object> body = VaeFixtures.eligibleTri(VaeFixtures.uniqueName());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) body.get("person");
        person.remove("birthName");
        person.remove("sex");
        person.put("birthDepartment", "99");
        person.put("email", "pas-un-courriel");
        body.put("applicationDate", LocalDate.now().plusDays(3).toString());
        given().contentType(ContentType.JSON).body(body).post("/api/vae/applications").then().statusCode(400)
                .body("detail", containsString("rien n'a été enregistré"))
                .body("errors.field", hasItems("person.birthName", "person.sex", "person.birthDepartment",
                        "person.email", "applicationDate"))
                .body("errors.find { it.field == 'person.birthName' }.message", equalTo("Le nom de naissance est obligatoire."));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "conseiller-pages", roles = Roles.VAE_ADVISER)
    void theListIsPaginatedNewestFirst() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(VaeFixtures.eligibleTri(VaeFixtures.uniqueName()))
                    .post("/api/vae/applications").then().statusCode(201);
        }
        List<Integer> firstPage = given().get("/api/vae/applications?page=0&size=2").then().statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .extract().path("items.id");
        given().get("/api/vae/applications?page=1&size=2").then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .body("items[0].id", not(hasItem(firstPage.get(0))));
        assertThat(firstPage.get(0)).isGreaterThan(firstPage.get(1));
    }

    // ------------------------------------------------------------------ access

    @Test
    void anotherAdviserGets404AnAdminSeesAllOtherRolesAre403AndAnonymous401() {
        long id = createAs("conseiller", VaeFixtures.eligibleTri(VaeFixtures.uniqueName()));
        String conseiller2 = fr.titrepro.support.Tokens.of("conseiller2");
        given().auth().oauth2(conseiller2).get("/api/vae/applications/" + id).then().statusCode(404)
                .body("type", equalTo("urn:titrepro:problem:not-found"));
        given().auth().oauth2(conseiller2).contentType(ContentType.JSON).body(VaeFixtures.eligibleTri("X"))
                .put("/api/vae/applications/" + id).then().statusCode(404);
        given().auth().oauth2(conseiller2).contentType(ContentType.JSON)
                .body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(404);
        given().auth().oauth2(conseiller2).get("/api/vae/applications/" + id + "/report.pdf").then().statusCode(404);
        given().auth().oauth2(conseiller2).get("/api/vae/applications?size=100").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));

        String admin = fr.titrepro.support.Tokens.of("admin");
        given().auth().oauth2(admin).get("/api/vae/applications/" + id).then().statusCode(200)
                .body("adviser", equalTo("conseiller"));
        given().auth().oauth2(admin).get("/api/vae/applications?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) id));

        for (String other : List.of("centre", "jury", "candidat")) {
            String token = fr.titrepro.support.Tokens.of(other);
            given().auth().oauth2(token).get("/api/vae/applications").then().statusCode(403);
            given().auth().oauth2(token).get("/api/vae/applications/" + id).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(VaeFixtures.eligibleTri(null))
                    .post("/api/vae/eligibility-checks").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/api/vae/applications").then().statusCode(401);
    }

    // ------------------------------------------------------------------ recevabilité

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void aRecevableDecisionMakesThePersonAVaeCandidateAndLocksTheApplication() {
        String name = VaeFixtures.uniqueName();
        Map<String, Object> body = VaeFixtures.eligibleTri(name);
        long id = create(body);
        String today = LocalDate.now().toString();

        String reference = given().contentType(ContentType.JSON)
                .body(Map.of("decision", "RECEVABLE", "date", today, "reasons", "Expérience en rapport direct."))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(200)
                .body("state", equalTo("RECEVABLE"))
                .body("decision.reference", equalTo("VAE-" + LocalDate.now().getYear() + "-" + String.format("%06d", id)))
                .body("decision.validUntil", equalTo(LocalDate.now().plusYears(1).toString()))
                .body("decision.candidateReference", notNullValue())
                .body("decision.decidedBy", equalTo("conseiller"))
                .extract().path("decision.reference");
        String candidateReference = given().get("/api/vae/applications/" + id).then().extract().path("decision.candidateReference");

        Candidate candidate = candidates.findByReference(candidateReference).orElseThrow();
        // the one format of candidate references (CandidateReferences), whoever creates the candidate
        assertThat(candidateReference).matches("C-[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(candidate.pathway).isEqualTo(Pathway.VAE);
        assertThat(candidate.vaeDecisionReference).isEqualTo(reference);
        assertThat(candidate.vaeDecisionDate).isEqualTo(LocalDate.now());
        assertThat(candidate.identity.birthName).isEqualTo(name);
        assertThat(candidate.identity.firstNames).isEqualTo("Camille, Marie");
        assertThat(candidate.identity.birthDepartment).isEqualTo("44");
        assertThat(candidate.identityKey).isEqualTo(IdentityKey.of(name, "Camille", LocalDate.of(1990, 5, 14), "Nantes", "44", null));

        given().contentType(ContentType.JSON).body(Map.of("decision", "NON_RECEVABLE", "date", today, "reasons", "x"))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(409)
                .body("detail", containsString(reference));
        given().contentType(ContentType.JSON).body(body).put("/api/vae/applications/" + id).then().statusCode(409)
                .body("detail", containsString("ne peut plus être modifiée"));
    }

    /**
     * Issue 11, finding 11 (DOMAIN « VAE eligibility »: « A recevabilité never silently changes an existing person's
     * record (pathway, title): it proposes the link and a human confirms it »). The person, registered by a centre
     * as a trainee for another title, keeps pathway and title until the adviser confirms; who and when are kept.
     */
    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void aRecevableDecisionProposesTheLinkToTheExistingPersonAndChangesNothingUntilConfirmed() {
        String name = VaeFixtures.uniqueName();
        // same person written differently (case, one first name of two, commune in capitals)
        long existingId = sessions.registeredPerson(name.toLowerCase(), "Camille", LocalDate.of(1990, 5, 14), "NANTES",
                "44", Pathway.TRAINING, "TP-01234");
        String existing = candidates.findById(existingId).reference;
        long id = create(VaeFixtures.eligibleTri(name));
        given().contentType(ContentType.JSON).body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(200)
                .body("state", equalTo("RECEVABLE"))
                .body("decision.candidateReference", equalTo(null))
                .body("decision.link.status", equalTo("PROPOSED"))
                .body("decision.link.proposedCandidateReference", equalTo(existing))
                .body("decision.link.question", equalTo("Rattacher la recevabilité à "
                        + name.toUpperCase() + " Camille (" + existing + ") ?"))
                .body("decision.link.decidedBy", equalTo(null));
        Candidate untouched = QuarkusTransaction.requiringNew().call(() -> candidates.findById(existingId));
        assertThat(untouched.pathway).isEqualTo(Pathway.TRAINING);
        assertThat(untouched.trainingTitleCode).isEqualTo("TP-01234");
        assertThat(untouched.vaeDecisionReference).isNull();
        assertThat(candidates.count("identityKey", untouched.identityKey)).isEqualTo(1);

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/vae/applications/" + id + "/link").then()
                .statusCode(400).body("errors[0].field", equalTo("confirm"));
        given().contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/vae/applications/" + id + "/link").then().statusCode(200)
                .body("decision.candidateReference", equalTo(existing))
                .body("decision.link.status", equalTo("CONFIRMED"))
                .body("decision.link.decidedBy", equalTo("conseiller"))
                .body("decision.link.decidedAt", notNullValue());
        Candidate linked = QuarkusTransaction.requiringNew().call(() -> candidates.findById(existingId));
        assertThat(linked.pathway).isEqualTo(Pathway.VAE);
        assertThat(linked.trainingTitleCode).isEqualTo("TP-00496");
        assertThat(linked.vaeDecisionReference).startsWith("VAE-");
        // answered once
        given().contentType(ContentType.JSON).body(Map.of("confirm", false))
                .post("/api/vae/applications/" + id + "/link").then().statusCode(409)
                .body("detail", containsString("rattachement confirmé par conseiller"));
    }

    /**
     * The centre following the person may answer the proposal instead of the adviser; another centre does not see it
     * and gets a 404 (real tokens: the adviser, the two demo centres).
     */
    @Test
    void theCentreFollowingThePersonAnswersTheProposalAndNoOtherCentre() {
        String adviser = fr.titrepro.support.Tokens.of("conseiller");
        String centre = fr.titrepro.support.Tokens.of("centre");
        String otherCentre = fr.titrepro.support.Tokens.of("centre2");
        long followingCentre = sessions.centreOfStaff("centre");
        sessions.centreOfStaff("centre2");
        String name = VaeFixtures.uniqueName();
        long existingId = sessions.registeredPerson(name, "Camille", LocalDate.of(1990, 5, 14), "Nantes", "44",
                Pathway.PARTIAL, "TP-00496");
        sessions.follow(existingId, followingCentre);
        long id = given().auth().oauth2(adviser).contentType(ContentType.JSON).body(VaeFixtures.eligibleTri(name))
                .post("/api/vae/applications").then().statusCode(201).extract().<Number>path("id").longValue();
        given().auth().oauth2(adviser).contentType(ContentType.JSON)
                .body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(200)
                .body("decision.link.status", equalTo("PROPOSED"));

        given().auth().oauth2(otherCentre).get("/api/vae/link-proposals").then().statusCode(200)
                .body("applicationId", not(hasItem((int) id)));
        given().auth().oauth2(otherCentre).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/vae/link-proposals/" + id).then().statusCode(404);
        given().auth().oauth2(centre).get("/api/vae/link-proposals").then().statusCode(200)
                .body("find { it.applicationId == " + id + " }.question", startsWith("Rattacher la recevabilité à "
                        + name.toUpperCase() + " Camille"));
        given().auth().oauth2(centre).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/vae/link-proposals/" + id).then().statusCode(200)
                .body("applicationId", not(hasItem((int) id)));
        Candidate linked = QuarkusTransaction.requiringNew().call(() -> candidates.findById(existingId));
        assertThat(linked.pathway).isEqualTo(Pathway.VAE);
        given().auth().oauth2(adviser).get("/api/vae/applications/" + id).then().statusCode(200)
                .body("decision.link.status", equalTo("CONFIRMED"))
                .body("decision.link.decidedBy", equalTo("centre"));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void aRefusedLinkLeavesTheExistingPersonAsTheyWere() {
        String name = VaeFixtures.uniqueName();
        long existingId = sessions.registeredPerson(name, "Camille", LocalDate.of(1990, 5, 14), "Nantes", "44",
                Pathway.PARTIAL, "TP-00496");
        long id = create(VaeFixtures.eligibleTri(name));
        given().contentType(ContentType.JSON).body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(200)
                .body("decision.link.status", equalTo("PROPOSED"));
        given().contentType(ContentType.JSON).body(Map.of("confirm", false))
                .post("/api/vae/applications/" + id + "/link").then().statusCode(200)
                .body("decision.candidateReference", equalTo(null))
                .body("decision.link.status", equalTo("REFUSED"))
                .body("decision.link.decidedBy", equalTo("conseiller"));
        Candidate kept = QuarkusTransaction.requiringNew().call(() -> candidates.findById(existingId));
        assertThat(kept.pathway).isEqualTo(Pathway.PARTIAL);
        assertThat(kept.vaeDecisionReference).isNull();
        // a new person (no match) is created and linked as before, with no proposal
        long fresh = create(VaeFixtures.eligibleTri(VaeFixtures.uniqueName()));
        given().contentType(ContentType.JSON).body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + fresh + "/decision").then().statusCode(200)
                .body("decision.candidateReference", notNullValue())
                .body("decision.link", equalTo(null));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void decisionsAreCheckedBeforeAnythingIsRecorded() {
        long notEligible = create(application(VaeFixtures.uniqueName(), LocalDate.now().minusDays(2).toString(),
                List.of(experience("Supermarché", "2015-01-01", "2020-12-31", 35, null))));
        given().contentType(ContentType.JSON).body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + notEligible + "/decision").then().statusCode(422)
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("detail", containsString("ne peut pas être déclarée recevable"))
                .body("errors[0].field", equalTo("decision"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "NON_RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + notEligible + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "NON_RECEVABLE",
                        "date", LocalDate.now().minusDays(10).toString(), "reasons", "Sans rapport avec le titre."))
                .post("/api/vae/applications/" + notEligible + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("ne peut pas précéder la demande"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "NON_RECEVABLE",
                        "date", LocalDate.now().plusDays(1).toString(), "reasons", "Sans rapport avec le titre."))
                .post("/api/vae/applications/" + notEligible + "/decision").then().statusCode(400)
                .body("errors[0].message", containsString("futur"));
        given().get("/api/vae/applications/" + notEligible).then().body("decision", equalTo(null));

        given().contentType(ContentType.JSON).body(Map.of("decision", "NON_RECEVABLE",
                        "date", LocalDate.now().toString(), "reasons", "Expérience sans rapport avec le titre."))
                .post("/api/vae/applications/" + notEligible + "/decision").then().statusCode(200)
                .body("state", equalTo("NON_RECEVABLE"))
                .body("decision.candidateReference", equalTo(null))
                .body("decision.validUntil", equalTo(null));
    }

    // ------------------------------------------------------------------ report

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void theReportPdfHoldsThePersonTheTitleTheRuleTheReasonsTheCoverageAndTheDecision() throws Exception {
        String name = VaeFixtures.uniqueName();
        long id = create(VaeFixtures.eligibleTri(name));
        given().contentType(ContentType.JSON).body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(200);
        byte[] pdf = given().get("/api/vae/applications/" + id + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", endsWith("eligibilite-vae-" + id + ".pdf\""))
                .extract().asByteArray();
        String text = PdfText.text(pdf);
        assertThat(text)
                .contains("Rapport d'éligibilité à la VAE")
                .contains(name + " Camille, Marie")
                .contains("Née le 14/05/1990 à Nantes (44)")
                .contains("Technicien réseaux IP (TRI)")
                .contains("TP-00496, version 05")
                .contains("VAE-2024")
                .contains("Loi n° 2022-1598 du 21 décembre 2022")
                .contains("Résultat : Éligible")
                .contains("Rapport avec le titre")
                .contains("Code du travail, art. R. 6412-3")
                .contains("Couverture des compétences (4 sur 8)")
                .contains("Intervenir sur un réseau d'entreprise sécurisé")
                .contains("Aucune expérience : à documenter")
                .contains("Réseaux Ouest")
                .contains("Recevable")
                .contains("VAE-" + LocalDate.now().getYear() + "-" + String.format("%06d", id));
    }

    private static long create(Map<String, Object> body) {
        String location = given().contentType(ContentType.JSON).body(body).post("/api/vae/applications")
                .then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static long createAs(String user, Map<String, Object> body) {
        String location = given().auth().oauth2(fr.titrepro.support.Tokens.of(user)).contentType(ContentType.JSON)
                .body(body).post("/api/vae/applications").then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
