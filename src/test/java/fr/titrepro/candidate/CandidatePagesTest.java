package fr.titrepro.candidate;

import fr.titrepro.candidate.link.LinkRequestService;
import fr.titrepro.centre.CentreRepository;
import fr.titrepro.security.Roles;
import fr.titrepro.support.CandidateFixtures.Person;
import fr.titrepro.support.CandidateFixtures;
import fr.titrepro.support.CentreFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The French pages of a centre: dashboard, list, form with inline errors, record, erasure, import page. */
@QuarkusTest
class CandidatePagesTest {

    static final String STAFF = "centre-pages-a";
    static final String OTHER_STAFF = "centre-pages-b";

    @Inject
    CentreFixtures fixtures;

    @Inject
    CentreRepository centres;

    @Inject
    CandidateService service;

    @Inject
    CandidateRepository candidates;

    @Inject
    LinkRequestService linkRequests;

    @Inject
    fr.titrepro.support.SessionFixtures sessions;

    long centre;
    long otherCentre;

    @BeforeEach
    void centres() {
        centre = fixtures.centreOf(STAFF);
        otherCentre = fixtures.centreOf(OTHER_STAFF);
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theDashboardShowsTheCentreItsApprovalsAndItsCandidates() {
        Person p = CandidateFixtures.person();
        service.registerFor(centres.findById(centre), p.data(), false, null);
        html().get("/centre").then().statusCode(200).body(allOf(
                containsString("Centre de test " + STAFF),
                containsString("Candidats suivis"),
                containsString("TP-00496"),
                containsString("En vigueur"),
                containsString(p.birthName.toUpperCase()),
                containsString("href=\"/candidates/import\""),
                containsString("href=\"/centre\">Mon centre</a>")));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theListSearchesAndPaginates() {
        String name = CandidateFixtures.uniqueName("Liste");
        for (int i = 0; i < 22; i++) {
            service.registerFor(centres.findById(centre), CandidateFixtures.person().named(name, "Prénom" + (char) ('a' + i)).data(), false, null);
        }
        html().get("/candidates?query=" + name).then().statusCode(200).body(allOf(
                containsString("22 candidats pour « " + name + " »"),
                containsString("Page 1 sur 2"),
                containsString("href=\"/candidates?query=" + name + "&amp;page=1&amp;after="),
                containsString("Prénoma"),
                not(containsString("Prénomw"))));
        // the « Suivante » link carries the keyset cursor of the last row shown (issue 14): the second page follows it
        String next = html().get("/candidates?query=" + name).then().extract().body().asString()
                .replaceAll("(?s).*&amp;page=1&amp;after=([A-Za-z0-9_-]+)\".*", "$1");
        html().get("/candidates?query=" + name + "&page=1&after=" + next).then().statusCode(200)
                .body(allOf(containsString("Page 2 sur 2"), containsString("Prénomv"), not(containsString("Prénoma<")),
                        not(containsString("Prénomt<"))));
        html().get("/candidates?query=" + name + "&page=1").then().statusCode(200)
                .body(allOf(containsString("Page 2 sur 2"), containsString("Prénomv"), not(containsString("Prénoma<"))));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theFormShowsEveryErrorNextToItsFieldAndKeepsWhatWasTyped() {
        Map<String, String> form = form(CandidateFixtures.person());
        form.put("birthName", "");
        form.put("birthDate", "31/02/1990");
        form.put("email", "pas-un-courriel");
        form.put("city", "Villeurbanne");
        html().formParams(form).post("/candidates/new").then().statusCode(200).body(allOf(
                containsString("Le dossier n&#39;a pas été enregistré : corrigez les champs signalés."),
                containsString("id=\"f-birthName-error\">Champ obligatoire.</p>"),
                containsString("id=\"f-birthDate-error\">Date invalide « 31/02/1990 » : format attendu jj/mm/aaaa ou aaaa-mm-jj.</p>"),
                containsString("id=\"f-email-error\">Adresse électronique invalide.</p>"),
                containsString("value=\"Villeurbanne\"")));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aValidFormRegistersAndShowsTheRecord() {
        Person p = CandidateFixtures.person();
        p.extraTimePercent = 33;
        String location = html().redirects().follow(false).formParams(form(p)).post("/candidates/new").then()
                .statusCode(303).header("Location", matchesPattern(".*/candidates/\\d+\\?done=created")).extract().header("Location");
        html().get(location).then().statusCode(200).body(allOf(
                containsString("Candidat inscrit."),
                containsString("Madame " + p.birthName.toUpperCase() + " Camille Marie"),
                containsString("14/05/1996 à Lyon (69)"),
                containsString("33 %"),
                containsString("Exporter ses données (JSON)"),
                containsString("Effacer les données")));
    }

    /**
     * Issue 12: « Rattacher » no longer makes the centre follow a person of another centre; it sends a link request,
     * and the centre's pages say it is pending without showing the record (nor its reference).
     */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aPersonOfAnotherCentreIsOfferedALinkRequestAndThePageSaysItIsPending() {
        Person p = CandidateFixtures.person();
        p.accommodationNotes = "Notes confidentielles " + p.birthName;
        CandidateService.Registration existing = service.registerFor(centres.findById(otherCentre), p.data(), false, null);
        html().formParams(form(p)).post("/candidates/new").then().statusCode(200).body(allOf(
                containsString("Cette personne est déjà inscrite sur la plateforme (même nom de naissance"),
                not(containsString(existing.reference())),
                containsString("Demander le rattachement de cette personne à mon centre")));
        Map<String, String> link = form(p);
        link.put("link", "true");
        html().redirects().follow(false).formParams(link).post("/candidates/new").then().statusCode(303)
                .header("Location", containsString("/candidates/link-requests?done=requested"));
        html().get("/candidates/link-requests?done=requested").then().statusCode(200).body(allOf(
                containsString("demande de rattachement en attente"),
                containsString(p.birthName.toUpperCase() + " Camille Marie"),
                containsString("Demande de rattachement en attente"),
                not(containsString(existing.reference())),
                not(containsString("Notes confidentielles")),
                not(containsString("href=\"/candidates/" + existing.id() + "\""))));
        html().get("/candidates").then().statusCode(200).body(allOf(
                containsString("id=\"pending-links\""), containsString("de rattachement en attente")));
        html().get("/candidates/" + existing.id()).then().statusCode(404);
        assertThat(candidates.count("identity.birthName", p.birthName)).isEqualTo(1);
        assertThat(candidates.findById(existing.id()).isFollowedBy(centre)).isFalse();
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void editingAndErasingWithConfirmation() {
        Person p = CandidateFixtures.person();
        long id = service.registerFor(centres.findById(centre), p.data(), false, null).id();
        html().get("/candidates/" + id + "/edit").then().statusCode(200)
                .body(allOf(containsString("value=\"" + p.birthName + "\""), containsString("value=\"1996-05-14\""),
                        containsString("<option value=\"TRAINING\" selected>")));
        Map<String, String> changed = form(p);
        changed.put("phone", "07 99 88 77 66");
        changed.put("version", "0");
        html().redirects().follow(false).formParams(changed).post("/candidates/" + id + "/edit").then().statusCode(303);
        html().get("/candidates/" + id).then().body(containsString("07 99 88 77 66"));

        html().formParams(Map.of()).post("/candidates/" + id + "/erase").then().statusCode(200)
                .body(containsString("Cochez la case de confirmation"));
        String erased = html().redirects().follow(false).formParams(Map.of("confirm", "oui"))
                .post("/candidates/" + id + "/erase").then().statusCode(303)
                .header("Location", containsString("/candidates?erased=C-")).extract().header("Location");
        // issue 12: the page says what the law keeps, as the API's erasure statements do
        html().get(erased.substring(erased.indexOf("/candidates"))).then().statusCode(200)
                .body(containsString("Restent, sans identité, ce que la loi oblige à conserver"));
        html().get("/candidates/" + id).then().statusCode(404).body(containsString("Ressource introuvable"));
    }

    /** Issue 11: the title obtained is a recorded fact, shown as such; holding every CCP is not the title. */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theRecordShowsTheTitlesObtainedAsFacts() {
        Person p = CandidateFixtures.person();
        long id = service.registerFor(centres.findById(centre), p.data(), false, null).id();
        html().get("/candidates/" + id).then().statusCode(200)
                .body(allOf(containsString("Titres et CCS obtenus"), containsString("Aucun titre obtenu"),
                        containsString("le titre est attribué par le jury à l'issue de l'entretien final")));
        sessions.obtained(id, "TP-00496", "05");
        html().get("/candidates/" + id).then().statusCode(200)
                .body(allOf(containsString("Technicien réseaux IP (TP-00496, version 05)"),
                        containsString("Justificatif")));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void anotherCentresCandidateIsAFrenchNotFoundPage() {
        long id = service.registerFor(centres.findById(otherCentre), CandidateFixtures.person().data(), false, null).id();
        html().get("/candidates/" + id).then().statusCode(404).contentType("text/html")
                .body(allOf(containsString("Candidat introuvable."), not(containsString("Exception"))));
        html().get("/candidates/" + id + "/edit").then().statusCode(404);
        html().formParams(Map.of("confirm", "oui")).post("/candidates/" + id + "/erase").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theImportPageOffersTheTemplateAndExplainsTheColumns() {
        html().get("/candidates/import").then().statusCode(200).body(allOf(
                containsString("Importer des candidats"),
                containsString("href=\"/api/candidates/import/template\""),
                containsString("<code>date_naissance</code>"),
                containsString("l'import lui adresse une demande de rattachement"),
                containsString("id=\"progress-bar\""),
                containsString("/js/candidate-import.js")));
        given().get("/js/candidate-import.js").then().statusCode(200).body(containsString("/api/candidates/import/jobs"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void theAdministrationRecordsAPastCcpWithInlineErrors() {
        long id = service.registerFor(centres.findById(centre), CandidateFixtures.person().data(), false, null).id();
        html().formParams(Map.of("titleCode", "TP-00496", "ccpNumber", "7", "obtainedOn", "2019-06-20", "place", "Lyon"))
                .post("/candidates/" + id + "/held-ccps").then().statusCode(200).body(allOf(
                        containsString("Le titre TP-00496 (version 05) n&#39;a pas de CCP 7."),
                        containsString("id=\"f-proofReference-error\">Champ obligatoire.</p>")));
        html().redirects().follow(false).formParams(Map.of("titleCode", "TP-00496", "ccpNumber", "1", "obtainedOn",
                        "2019-06-20", "place", "Lyon", "proofReference", "Livret LC-1"))
                .post("/candidates/" + id + "/held-ccps").then().statusCode(303);
        html().get("/candidates/" + id).then().body(allOf(containsString("CCP 1 – Intervenir sur un réseau IP"),
                containsString("Livret LC-1"), containsString("ses données ne peuvent pas être effacées")));
    }

    @Test
    @TestSecurity(user = "candidat-pages", roles = Roles.CANDIDATE)
    void aCandidateSeesTheirRecordOrIsToldThereIsNone() {
        html().get("/mon-dossier").then().statusCode(200)
                .body(containsString("Aucun dossier de candidat n'est encore rattaché à votre compte"));
        long id = fixtures.candidateOf("candidat-pages", STAFF);
        html().get("/mon-dossier").then().statusCode(200).body(allOf(
                containsString(candidates.findById(id).reference),
                containsString("Télécharger toutes mes données (JSON)"),
                containsString("href=\"/mon-dossier\">Mon dossier</a>")));
        html().get("/candidates").then().statusCode(403);
    }

    /** Issue 12: the person answers a centre's link request in « Mon dossier »; the centre follows only then. */
    @Test
    @TestSecurity(user = "candidat-pages-consent", roles = Roles.CANDIDATE)
    void monDossierShowsALinkRequestAndTheCandidateAcceptsIt() {
        long id = fixtures.candidateOf("candidat-pages-consent", OTHER_STAFF);
        long request = linkRequests.request(candidates.findById(id), centres.findById(centre),
                CandidateFixtures.person().data(), STAFF).id;
        html().get("/mon-dossier").then().statusCode(200).body(allOf(
                containsString("Demandes de rattachement"),
                containsString("Centre de test " + STAFF),
                containsString("en attente de votre réponse"),
                containsString("action=\"/mon-dossier/link-requests/" + request + "/accept\""),
                containsString("action=\"/mon-dossier/link-requests/" + request + "/refuse\"")));
        html().redirects().follow(false).post("/mon-dossier/link-requests/" + request + "/accept").then()
                .statusCode(303).header("Location", containsString("/mon-dossier?done=accepted"));
        html().get("/mon-dossier?done=accepted").then().statusCode(200).body(allOf(
                containsString("Demande acceptée : ce centre suit désormais votre dossier."),
                containsString("Acceptée"), not(containsString("en attente de votre réponse"))));
        assertThat(candidates.findById(id).isFollowedBy(centre)).isTrue();
        // the refusal shown inline, with the problem's status (422) since issue 12's matrix
        html().post("/mon-dossier/link-requests/" + request + "/refuse").then().statusCode(422)
                .body(containsString("déjà reçu une réponse"));
    }

    /** Issue 12: the administration answers on the page for a person without a login. */
    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void theAdministrationAcceptsALinkRequestForAPersonWithoutALogin() {
        Person p = CandidateFixtures.person();
        long id = service.registerFor(centres.findById(otherCentre), p.data(), false, null).id();
        long request = linkRequests.request(candidates.findById(id), centres.findById(centre), p.data(), STAFF).id;
        html().get("/candidates/link-requests").then().statusCode(200).body(allOf(
                containsString("Centre de test " + STAFF),
                containsString(candidates.findById(id).reference),
                containsString("action=\"/candidates/link-requests/" + request + "/accept\"")));
        html().redirects().follow(false).post("/candidates/link-requests/" + request + "/accept").then()
                .statusCode(303).header("Location", containsString("/candidates/link-requests?done=accepted"));
        html().get("/candidates/link-requests?done=accepted").then().statusCode(200).body(allOf(
                containsString("Demande acceptée"),
                not(containsString("action=\"/candidates/link-requests/" + request + "/accept\""))));
        assertThat(candidates.findById(id).isFollowedBy(centre)).isTrue();
    }

    /** Issue 12: a centre's « erase » of a person another centre follows only stops its follow, and says so. */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void erasingAPersonNotTheCentresAloneStopsFollowingOnly() {
        Person p = CandidateFixtures.person();
        long id = service.registerFor(centres.findById(otherCentre), p.data(), false, null).id();
        sessions.follow(id, centre);
        html().get("/candidates/" + id).then().statusCode(200).body(allOf(
                containsString("l'effacement retire seulement le suivi de votre centre"),
                containsString("Ne plus suivre cette personne"),
                not(containsString("Je confirme l'effacement définitif"))));
        String location = html().redirects().follow(false).formParams(Map.of("confirm", "oui"))
                .post("/candidates/" + id + "/erase").then().statusCode(303)
                .header("Location", containsString("/candidates?unfollowed=C-")).extract().header("Location");
        html().get(location).then().statusCode(200).body(containsString("Votre centre ne suit plus le candidat"));
        html().get("/candidates/" + id).then().statusCode(404);
        assertThat(candidates.count("id = ?1 and erasedAt is null", id)).isEqualTo(1);
    }

    static Map<String, String> form(Person p) {
        Map<String, String> m = new HashMap<>();
        p.json().forEach((k, v) -> {
            if (!(v instanceof java.util.Collection<?>)) {
                m.put(k, String.valueOf(v));
            }
        });
        return m;
    }

    static RequestSpecification html() {
        return given().accept("text/html");
    }
}
