package fr.titrepro.eligibility;

import fr.titrepro.candidate.CandidateRepository;
import fr.titrepro.candidate.Pathway;
import fr.titrepro.eligibility.rules.VaeEligibilityResult;
import fr.titrepro.security.Roles;
import fr.titrepro.support.VaeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class VaePagesTest {

    @Inject
    VaeApplicationRepository applications;

    @Inject
    CandidateRepository candidates;

    @Inject
    VaeApplicationService service;

    @Inject
    fr.titrepro.support.SessionFixtures sessions;

    static Map<String, String> form(String birthName) {
        Map<String, String> f = new HashMap<>();
        f.put("person.birthName", birthName);
        f.put("person.firstNames", "Léa");
        f.put("person.sex", "F");
        f.put("person.birthDate", "1991-02-03");
        f.put("person.birthCommune", "Lille");
        f.put("person.birthDepartment", "59");
        f.put("titleCode", "TP-00496");
        f.put("titleVersion", "05");
        f.put("applicationDate", LocalDate.now().minusDays(1).toString());
        f.put("experiences[0].organisation", "Fibre Nord");
        f.put("experiences[0].role", "Technicienne");
        f.put("experiences[0].kind", "EMPLOYMENT");
        f.put("experiences[0].startDate", "2020-01-06");
        f.put("experiences[0].endDate", "2023-12-29");
        f.put("experiences[0].hoursPerWeek", "35");
        f.put("experiences[0].activities", "Câblage et brassage");
        f.put("action", "save");
        return f;
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void theNewApplicationFormOffersTheTitleItsCcpsAndCompetenciesAndARowPerExperience() {
        given().accept("text/html").get("/vae/applications/new").then().statusCode(200)
                .body(allOf(containsString("Nouvelle demande VAE"),
                        containsString("Technicien réseaux IP (TP-00496)"),
                        containsString("CCP 2 – Installer et maintenir des solutions VDI (Voix Données Images)"),
                        containsString("name=\"experiences[0].competencies\" value=\"8\""),
                        containsString("id=\"experience-template\""),
                        containsString("name=\"experiences[__i__].organisation\""),
                        containsString("Aucune expérience"),
                        containsString("src=\"/js/vae.js\"")));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void aFormWithErrorsComesBackWithTheErrorsInlineAndEveryValueKept() {
        long before = applications.count();
        Map<String, String> f = form("");
        f.put("experiences[0].endDate", "2019-01-01");
        f.put("experiences[0].competencies", "3");
        f.put("experiences[2].organisation", "Deuxième employeur");
        f.put("previousApplications[0].certificationCode", "TP-01234");
        given().accept("text/html").contentType(ContentType.URLENC).formParams(f)
                .post("/vae/applications").then().statusCode(400)
                .body(allOf(containsString("La demande n'est pas enregistrée"),
                        containsString("Le nom de naissance est obligatoire."),
                        containsString("La date de fin précède la date de début."),
                        containsString("value=\"Fibre Nord\""),
                        containsString("value=\"Deuxième employeur\""),
                        containsString("name=\"experiences[1].organisation\" value=\"Deuxième employeur\""),
                        containsString("value=\"TP-01234\""),
                        containsString("Câblage et brassage"),
                        containsString("name=\"experiences[0].competencies\" value=\"3\" checked")));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void withoutJavascriptRowsAreAddedAndRemovedByTheServerWithoutLosingInput() {
        Map<String, String> f = form("Martin");
        f.put("action", "add-experience");
        given().accept("text/html").contentType(ContentType.URLENC).formParams(f)
                .post("/vae/applications").then().statusCode(200)
                .body(allOf(containsString("value=\"Fibre Nord\""),
                        containsString("name=\"experiences[1].organisation\" value=\"\""),
                        containsString("value=\"Martin\"")));
        f.put("experiences[1].organisation", "Autre");
        f.put("action", "remove-experience:0");
        given().accept("text/html").contentType(ContentType.URLENC).formParams(f)
                .post("/vae/applications").then().statusCode(200)
                .body(allOf(not(containsString("value=\"Fibre Nord\"")),
                        containsString("name=\"experiences[0].organisation\" value=\"Autre\"")));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void aSavedApplicationShowsItsVerdictReasonsCoverageAndTheDashboardItsState() {
        String name = VaeFixtures.uniqueName();
        Map<String, String> f = form(name);
        f.put("experiences[0].competencies", "1");
        String location = given().accept("text/html").contentType(ContentType.URLENC).formParams(f)
                .redirects().follow(false).post("/vae/applications").then().statusCode(303)
                .header("Location", containsString("/vae/applications/")).extract().header("Location");
        given().accept("text/html").get(location).then().statusCode(200)
                .body(allOf(containsString(name.toUpperCase() + " Léa"),
                        containsString("Éligibilité : Éligible"),
                        containsString("Règle appliquée : VAE-2024"),
                        containsString("Loi n° 2022-1598 du 21 décembre 2022"),
                        containsString("Code du travail, art. R. 6412-3"),
                        containsString("1 compétence(s) couverte(s) sur 8"),
                        containsString("Expérience 1 (Fibre Nord — Technicienne)"),
                        containsString("Enregistrer la décision…"),
                        containsString("/api/vae/applications/")));
        given().accept("text/html").get("/vae").then().statusCode(200)
                .body(allOf(containsString(name.toUpperCase() + " Léa"),
                        containsString("Éligible — en attente de décision")));
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void theDecisionIsRecordedOnlyAfterConfirmation() {
        String name = VaeFixtures.uniqueName();
        Map<String, String> f = form(name);
        f.put("experiences[0].competencies", "5");
        String location = given().accept("text/html").contentType(ContentType.URLENC).formParams(f)
                .redirects().follow(false).post("/vae/applications").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String today = LocalDate.now().toString();

        given().accept("text/html").contentType(ContentType.URLENC)
                .formParams(Map.of("decision", "NON_RECEVABLE", "date", today, "reasons", ""))
                .post("/vae/applications/" + id + "/decision").then().statusCode(400)
                .body(containsString("Indiquez les motifs de la non-recevabilité."));

        given().accept("text/html").contentType(ContentType.URLENC)
                .formParams(Map.of("decision", "RECEVABLE", "date", today, "reasons", ""))
                .post("/vae/applications/" + id + "/decision").then().statusCode(200)
                .body(allOf(containsString("Confirmer la décision de recevabilité"),
                        containsString("Confirmer l'enregistrement"),
                        containsString("deviendra candidate")));
        assertThat(applications.findById(id).decision).isNull();

        given().accept("text/html").contentType(ContentType.URLENC)
                .formParams(Map.of("decision", "RECEVABLE", "date", today, "reasons", "", "confirmed", "true"))
                .redirects().follow(false)
                .post("/vae/applications/" + id + "/decision").then().statusCode(303)
                .header("Location", endsWith("/vae/applications/" + id));
        String page = given().accept("text/html").get("/vae/applications/" + id).then().statusCode(200)
                .body(allOf(containsString("Recevable"), containsString("candidate-reference"),
                        not(containsString("Modifier la demande")), not(containsString("Enregistrer la décision…"))))
                .extract().asString();
        fr.titrepro.candidate.Candidate c = candidates.find("identity.birthName", name).firstResult();
        assertThat(c.pathway).isEqualTo(Pathway.VAE);
        assertThat(page).contains(c.reference);
    }

    /**
     * Issue 11, finding 11 (DOMAIN « VAE eligibility »): the page proposes « Rattacher la recevabilité à … ? », asks
     * for confirmation, and only then changes the existing person's record; who and when are shown.
     */
    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void theLinkToAnExistingPersonIsProposedThenConfirmedOnThePage() {
        String name = VaeFixtures.uniqueName();
        long existingId = sessions.registeredPerson(name, "Léa", LocalDate.of(1991, 2, 3), "Lille", "59",
                Pathway.TRAINING, "TP-01234");
        String reference = candidates.findById(existingId).reference;
        Map<String, String> f = form(name);
        f.put("experiences[0].competencies", "5");
        String location = given().accept("text/html").contentType(ContentType.URLENC).formParams(f)
                .redirects().follow(false).post("/vae/applications").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().accept("text/html").contentType(ContentType.URLENC)
                .formParams(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString(), "reasons", "",
                        "confirmed", "true"))
                .redirects().follow(false).post("/vae/applications/" + id + "/decision").then().statusCode(303);

        given().accept("text/html").get("/vae/applications/" + id).then().statusCode(200)
                .body(allOf(containsString("Rattacher la recevabilité à " + name.toUpperCase() + " Léa (" + reference
                                + ") ?"), containsString("Rien n'a été changé dans son dossier"),
                        containsString("id=\"link-confirm\""), not(containsString("candidate-reference"))));
        assertThat(candidates.findById(existingId).pathway).isEqualTo(Pathway.TRAINING);

        // the first POST only asks for confirmation
        given().accept("text/html").contentType(ContentType.URLENC).formParams(Map.of("answer", "confirm"))
                .post("/vae/applications/" + id + "/link").then().statusCode(200)
                .body(allOf(containsString("Confirmer le rattachement"), containsString("deviendra « VAE »")));
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> candidates.findById(existingId).pathway)).isEqualTo(Pathway.TRAINING);

        given().accept("text/html").contentType(ContentType.URLENC)
                .formParams(Map.of("answer", "confirm", "confirmed", "true")).redirects().follow(false)
                .post("/vae/applications/" + id + "/link").then().statusCode(303)
                .header("Location", endsWith("/vae/applications/" + id));
        given().accept("text/html").get("/vae/applications/" + id).then().statusCode(200)
                .body(allOf(containsString("Rattachement confirmé : " + name.toUpperCase() + " Léa (" + reference
                                + "), par conseiller le "), containsString("candidate-reference"),
                        not(containsString("id=\"link-confirm\""))));
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> candidates.findById(existingId).pathway)).isEqualTo(Pathway.VAE);
    }

    @Test
    @TestSecurity(user = "conseiller", roles = Roles.VAE_ADVISER)
    void anApplicationIsEditedInTheSameFormUntilItsDecision() {
        String name = VaeFixtures.uniqueName();
        Map<String, String> f = form(name);
        f.put("experiences[0].endDate", "");
        f.put("experiences[0].competencies", "2");
        String location = given().accept("text/html").contentType(ContentType.URLENC).formParams(f)
                .redirects().follow(false).post("/vae/applications").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().accept("text/html").get(location).then().statusCode(200)
                .body(allOf(containsString("Dossier incomplet"), containsString("date de fin (ou « en cours »)")));

        given().accept("text/html").get("/vae/applications/" + id + "/edit").then().statusCode(200)
                .body(allOf(containsString("Modifier la demande VAE"), containsString("value=\"" + name + "\""),
                        containsString("name=\"experiences[0].competencies\" value=\"2\" checked"),
                        containsString("action=\"/vae/applications/" + id + "\"")));
        f.put("experiences[0].ongoing", "true");
        given().accept("text/html").contentType(ContentType.URLENC).formParams(f).redirects().follow(false)
                .post("/vae/applications/" + id).then().statusCode(303);
        assertThat(applications.findById(id).eligibility).isEqualTo(VaeEligibilityResult.Verdict.ELIGIBLE);

        given().accept("text/html").contentType(ContentType.URLENC)
                .formParams(Map.of("decision", "NON_RECEVABLE", "date", LocalDate.now().toString(),
                        "reasons", "Dossier retiré par la personne.", "confirmed", "true"))
                .redirects().follow(false).post("/vae/applications/" + id + "/decision").then().statusCode(303);
        given().accept("text/html").get("/vae/applications/" + id + "/edit").then().statusCode(409)
                .body(containsString("ne peut plus être modifiée"));
    }

    @Test
    @TestSecurity(user = "conseiller2", roles = Roles.VAE_ADVISER)
    void anotherAdvisersApplicationPageIsNotFound() {
        VaeApplicationDraft draft = new VaeApplicationDraft(new VaeApplicationDraft.Person(VaeFixtures.uniqueName(), null,
                "Léa", fr.titrepro.candidate.Sex.F, LocalDate.of(1991, 2, 3), "Lille", "59", null, null, null, null),
                "TP-00496", null, java.util.List.of(), LocalDate.now(), java.util.List.of(), java.util.List.of());
        long id = service.create(draft, "conseiller").id;
        given().accept("text/html").get("/vae/applications/" + id).then().statusCode(404)
                .contentType("text/html").body(containsString("Ressource introuvable"));
    }

    @Test
    @TestSecurity(user = "centre", roles = Roles.CENTRE)
    void otherRolesAreRefusedThePages() {
        given().accept("text/html").get("/vae").then().statusCode(403)
                .contentType("text/html").body(containsString("Accès refusé"));
    }
}
