package fr.titrepro.session;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.referential.SessionType;
import fr.titrepro.security.Roles;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Enrolment through the API: every refusal is a 422 naming its rule, with the reason in French. */
@QuarkusTest
class EnrolmentResourceTest {

    static final String STAFF = "t4-centre-inscriptions";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    SessionFixtures fixtures;

    long centre() {
        return fixtures.centreOfStaff(STAFF);
    }

    static ValidatableResponse enrol(long sessionId, long candidateId) {
        return given().contentType(ContentType.JSON).body(Map.of("candidateId", candidateId))
                .post("/api/sessions/" + sessionId + "/enrolments").then();
    }

    static ValidatableResponse enrol(long sessionId, long candidateId, List<Integer> ccps) {
        return given().contentType(ContentType.JSON).body(Map.of("candidateId", candidateId, "ccpNumbers", ccps))
                .post("/api/sessions/" + sessionId + "/enrolments").then();
    }

    static ValidatableResponse refused(ValidatableResponse response, String rule, String message) {
        return response.statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:titrepro:problem:rule-violation"))
                .body("title", equalTo("Règle non respectée"))
                .body("detail", containsString("Inscription refusée pour "))
                .body("errors.field", hasItem(rule))
                .body("errors.message", hasItem(containsString(message)));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aTraineeIsEnrolledForTheWholeTitleWithATimetable() {
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(40));
        long candidate = fixtures.candidate().followedBy(centre()).create();
        enrol(session, candidate).statusCode(201)
                .header("Location", containsString("/api/sessions/" + session + "/enrolments/"))
                .body("ccpNumbers", equalTo(List.of(1, 2)))
                .body("finalInterview", equalTo(true))
                .body("status", equalTo("ENROLLED"))
                .body("timetable", hasSize(7))
                .body("timetable[0].label", equalTo("Mise en situation professionnelle"))
                .body("timetable[0].start", equalTo("08:30:00"))
                .body("timetable[0].minutes", equalTo(180))
                .body("timetable[6].label", equalTo("Entretien final"))
                .body("timetable[6].minutes", equalTo(20))
                .body("convocationUrl", containsString("/convocation.pdf"));
        given().get("/api/sessions/" + session + "/enrolments").then().statusCode(200)
                .body("candidateId", equalTo(List.of((int) candidate)));
        enrol(session, candidate).statusCode(409).body("type", equalTo("urn:titrepro:problem:duplicate"))
                .body("detail", containsString("est déjà inscrit(e) à cette session."));
        given().get("/api/sessions/" + session).then().body("session.enrolled", equalTo(1));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void extraTimeLengthensTheEpreuvesOfTheCandidate() {
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(41));
        long candidate = fixtures.candidate().extraTime(33, "Secrétaire lecteur").followedBy(centre()).create();
        enrol(session, candidate).statusCode(201)
                .body("accommodations.extraTimePercent", equalTo(33))
                .body("timetable[0].minutes", equalTo(240))
                .body("timetable[0].end", equalTo("12:30:00"))
                .body("timetable[1].minutes", equalTo(40));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void pathwaysOfASessionTitre() {
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(42));
        LocalDate start = LocalDate.now().plusDays(42);
        refused(enrol(session, fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create()),
                "parcours", "obtient le titre par capitalisation");
        refused(enrol(session, fixtures.candidate().training("TP-01234").followedBy(centre()).create()),
                "parcours", "n'est pas en formation pour le titre TP-00496 (formation suivie : TP-01234)");
        refused(enrol(session, fixtures.candidate().training("TP-00496", 1).followedBy(centre()).create()),
                "parcours", "n'est formé(e) qu'au(x) CCP 1");
        refused(enrol(session, fixtures.candidate().vae(start.minusYears(1).minusDays(1)).followedBy(centre())
                .create()), "recevabilite", "n'était valable que jusqu'au " + DAY.format(start.minusDays(1)));
        refused(enrol(session, fixtures.candidate().vae(null).followedBy(centre()).create()), "recevabilite",
                "aucune décision de recevabilité");
        enrol(session, fixtures.candidate().vae(start.minusYears(1)).followedBy(centre()).create()).statusCode(201);
        given().get("/api/sessions/" + session).then().body("session.enrolled", equalTo(1));
    }

    static ValidatableResponse eligibility(long sessionId, long candidateId) {
        return given().queryParam("candidateId", candidateId)
                .get("/api/sessions/" + sessionId + "/enrolments/eligibility").then();
    }

    /**
     * Issue 11, finding 5 (DOMAIN « Sessions and evaluation »: every CCP held but the title refused is no dead end;
     * the title obtained is a recorded fact): enrolled for the entretien final alone, at a session titre and at a
     * session CCP (regulation finalInterview.retakeAtTitleSession / retakeAtCcpSession, both true).
     */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void everyCcpHeldWithoutTheTitleEnrolsForTheFinalInterviewAlone() {
        LocalDate start = LocalDate.now().plusDays(43);
        long titleSession = fixtures.plannedSession(STAFF, start);
        long ccpSession = fixtures.plannedSession(STAFF, SessionType.CCP, start.plusDays(3), start.plusDays(3), 10, 1,
                2);
        long refusedTitle = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create();
        fixtures.holds(refusedTitle, "TP-00496", "05", 1);
        fixtures.holds(refusedTitle, "TP-00496", "05", 2);

        eligibility(titleSession, refusedTitle).statusCode(200)
                .body("eligible", equalTo(true))
                .body("ccpNumbers", hasSize(0))
                .body("finalInterview", equalTo(true))
                .body("finalInterviewOnly", equalTo(true))
                .body("note", equalTo("Tous les CCP sont détenus : inscription pour l'entretien final (sans CCP à "
                        + "présenter)."))
                .body("refusals", hasSize(0));
        enrol(titleSession, refusedTitle).statusCode(201)
                .body("ccpNumbers", hasSize(0))
                .body("finalInterview", equalTo(true))
                .body("finalInterviewOnly", equalTo(true))
                .body("timetable.label", equalTo(List.of("Entretien final")));

        long another = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create();
        fixtures.holds(another, "TP-00496", "05", 1);
        fixtures.holds(another, "TP-00496", "05", 2);
        refused(enrol(ccpSession, another, List.of(1)), "ccp-detenus",
                "ne peut s'inscrire que pour l'entretien final");
        enrol(ccpSession, another).statusCode(201)
                .body("ccpNumbers", hasSize(0))
                .body("finalInterviewOnly", equalTo(true))
                .body("timetable.label", equalTo(List.of("Entretien final")));
    }

    /** A second centre neither checks nor enrols a candidate it does not follow, on its own session. */
    @Test
    @TestSecurity(user = "t4-centre-inscriptions-b", roles = Roles.CENTRE)
    void anotherCentreDoesNotSeeTheEligibilityOfACandidateItDoesNotFollow() {
        long other = fixtures.centreOfStaff("t4-centre-inscriptions-b");
        long session = fixtures.plannedSession("t4-centre-inscriptions-b", LocalDate.now().plusDays(48));
        long notFollowed = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create();
        fixtures.holds(notFollowed, "TP-00496", "05", 1);
        fixtures.holds(notFollowed, "TP-00496", "05", 2);
        eligibility(session, notFollowed).statusCode(404);
        enrol(session, notFollowed).statusCode(404);
        long followed = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(other).create();
        fixtures.holds(followed, "TP-00496", "05", 1);
        fixtures.holds(followed, "TP-00496", "05", 2);
        eligibility(session, followed).statusCode(200).body("finalInterviewOnly", equalTo(true));
    }

    /** The title obtained is the recorded fact (ObtainedTitle): it closes every session of the title. */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aHolderOfTheTitleIsRefusedOnTheRecordedFact() {
        LocalDate start = LocalDate.now().plusDays(47);
        long titleSession = fixtures.plannedSession(STAFF, start);
        long ccpSession = fixtures.plannedSession(STAFF, SessionType.CCP, start.plusDays(3), start.plusDays(3), 10, 1,
                2);
        long holder = fixtures.candidate().followedBy(centre()).create();
        fixtures.holds(holder, "TP-00496", "05", 1);
        fixtures.holds(holder, "TP-00496", "05", 2);
        fixtures.obtained(holder, "TP-00496", "05");
        refused(enrol(titleSession, holder), "titre-detenu", "est titulaire du titre TP-00496 (titre obtenu "
                + "enregistré)");
        refused(enrol(ccpSession, holder), "titre-detenu", "il n'y a plus rien à présenter pour ce titre");
        eligibility(titleSession, holder).statusCode(200).body("eligible", equalTo(false))
                .body("refusals.rule", hasItem("titre-detenu"));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aCcpSessionTakesOnlyTheCcpsNotHeldAndPlansTheFinalInterviewWhenTheyComplete() {
        LocalDate start = LocalDate.now().plusDays(44);
        long both = fixtures.plannedSession(STAFF, SessionType.CCP, start, start, 10, 1, 2);
        long holder = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create();
        // CCP 2 of TRI held (a TRTE CCP would not count: the shipped TRTE → TRI table is not official — this test
        // encoded the wrong rule before issue 11, crediting TRI CCP 2 through it)
        fixtures.holds(holder, "TP-00496", "05", 2);
        enrol(both, holder).statusCode(201)
                .body("ccpNumbers", equalTo(List.of(1)))
                .body("finalInterview", equalTo(true))
                .body("timetable.label", hasItem("Entretien final"));

        long beginner = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create();
        enrol(both, beginner, List.of(1)).statusCode(201)
                .body("ccpNumbers", equalTo(List.of(1)))
                .body("finalInterview", equalTo(false))
                .body("timetable.label", not(hasItem("Entretien final")));

        long second = fixtures.plannedSession(STAFF, SessionType.CCP, start.plusDays(2), start.plusDays(2), 10, 2);
        refused(enrol(second, holder), "ccp-detenus", "détient déjà le CCP évalué à cette session (CCP 2)");
        refused(enrol(second, fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create(),
                List.of(1)), "ccp-session", "le CCP 1 n'est pas évalué à cette session (CCP 2)");
        refused(enrol(second, fixtures.candidate().training("TP-00496", 1).followedBy(centre()).create()),
                "parcours", "n'est pas formé(e) au(x) CCP 2");
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aClosedTitleOnlyAcceptsCandidatesCompletingItWithinAYear() {
        String code = SessionFixtures.uniqueTitleCode();
        LocalDate end = LocalDate.now().minusMonths(2);
        fixtures.importTitle(ReferentialFixtures.sampleTitle(code, "Titre clos " + code)
                .replace("validUntil: 2028-12-31\nstatus: ACTIVE", "validUntil: " + end + "\nstatus: CLOSED\nclosedOn: "
                        + end));
        fixtures.approval(centre(), code, LocalDate.now().minusYears(2), LocalDate.now().plusYears(2));
        LocalDate start = LocalDate.now().plusDays(20);
        given().contentType(ContentType.JSON).body(Map.of("titleCode", code, "type", "TITLE", "startDate",
                        start.toString(), "endDate", start.toString(), "capacity", 5, "managerName", "R"))
                .post("/api/sessions").then().statusCode(422)
                .body("detail", containsString("seules des sessions CCP permettent encore de le compléter"));
        int session = given().contentType(ContentType.JSON).body(Map.of("titleCode", code, "type", "CCP",
                        "ccpNumbers", List.of(1, 2), "startDate", start.toString(), "endDate", start.toString(),
                        "capacity", 5, "managerName", "R"))
                .post("/api/sessions").then().statusCode(201).extract().path("session.id");
        refused(enrol(session, fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create()),
                "titre-clos", "ne détient aucun CCP du titre " + code);
        long completing = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create();
        fixtures.holds(completing, code, "01", 1);
        enrol(session, completing).statusCode(201).body("ccpNumbers", equalTo(List.of(2)))
                .body("finalInterview", equalTo(true));
    }

    /**
     * Issue 11, finding 8 (fiche TP-00496 l. 98: « dispose d'un an à compter de la date de la fin de validité du
     * titre »; one grace period, regulation closedTitle.graceMonths): the administration approves a centre until the
     * end of validity + the grace period; a CCP session in the grace year takes a candidate completing the title and
     * refuses a newcomer; a session titre is refused.
     */
    @Test
    @TestSecurity(user = "t4-admin", roles = Roles.ADMIN)
    void theGraceYearOfAClosedTitleIsReachable() {
        String code = SessionFixtures.uniqueTitleCode();
        LocalDate end = LocalDate.now().minusMonths(2);
        LocalDate graceEnd = fr.titrepro.referential.regulation.RegulationBook.on(LocalDate.now()).graceEnd(end);
        fixtures.importTitle(ReferentialFixtures.sampleTitle(code, "Titre clos " + code)
                .replace("validUntil: 2028-12-31\nstatus: ACTIVE", "validUntil: " + end + "\nstatus: CLOSED\nclosedOn: "
                        + end));
        long centre = fixtures.centre("Centre grâce " + SessionFixtures.unique());
        Map<String, Object> approval = new java.util.HashMap<>(Map.of("titleCode", code, "siteAddressLine",
                "3 avenue du Réseau", "sitePostalCode", "59650", "siteCity", "Villeneuve-d'Ascq",
                "validFrom", end.minusYears(2).toString(), "validUntil", graceEnd.plusDays(1).toString()));
        given().contentType(ContentType.JSON).body(approval).post("/api/centres/" + centre + "/approvals").then()
                .statusCode(400).body("errors[0].field", equalTo("validUntil"))
                .body("errors[0].message", containsString("soit le " + DAY.format(graceEnd)));
        approval.put("validUntil", graceEnd.toString());
        given().contentType(ContentType.JSON).body(approval).post("/api/centres/" + centre + "/approvals").then()
                .statusCode(201);

        LocalDate start = LocalDate.now().plusDays(20);
        given().contentType(ContentType.JSON).body(Map.of("titleCode", code, "type", "TITLE", "startDate",
                        start.toString(), "endDate", start.toString(), "capacity", 5, "managerName", "R",
                        "centreId", centre))
                .post("/api/sessions").then().statusCode(422)
                .body("detail", containsString("seules des sessions CCP permettent encore de le compléter"));
        int session = given().contentType(ContentType.JSON).body(Map.of("titleCode", code, "type", "CCP",
                        "ccpNumbers", List.of(1, 2), "startDate", start.toString(), "endDate", start.toString(),
                        "capacity", 5, "managerName", "R", "centreId", centre))
                .post("/api/sessions").then().statusCode(201).extract().path("session.id");
        refused(enrol(session, fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre).create()),
                "titre-clos", "ne détient aucun CCP du titre " + code + " ; un titre clos n'accepte que les "
                        + "candidats qui complètent leurs CCP manquants, jusqu'au " + DAY.format(graceEnd));
        long completing = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre).create();
        fixtures.holds(completing, code, "01", 1);
        enrol(session, completing).statusCode(201).body("ccpNumbers", equalTo(List.of(2)))
                .body("finalInterview", equalTo(true));
        // after the grace period: no session at all
        LocalDate late = graceEnd.plusDays(1);
        given().contentType(ContentType.JSON).body(Map.of("titleCode", code, "type", "CCP",
                        "ccpNumbers", List.of(1), "startDate", late.toString(), "endDate", late.toString(),
                        "capacity", 5, "managerName", "R", "centreId", centre))
                .post("/api/sessions").then().statusCode(422)
                .body("detail", containsString("et seulement jusqu'au " + DAY.format(graceEnd)));
    }

    /**
     * Issue 11, finding 10 (fiche TP-00496 l. 114: « déjà titulaire du titre professionnel auquel le CCS est
     * associé » ; l. 116: « soit à la suite d'un parcours de formation, soit directement s'il justifie de 1 an
     * d'expérience dans le métier visé » ; l. 123: « un entretien final avec le jury »).
     */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aCcsIsForHoldersOfTheParentTitleAfterTrainingOrWithAYearOfExperience() {
        String code = SessionFixtures.uniqueTitleCode();
        fixtures.importTitle(ReferentialFixtures.sampleTitle(code, "Titre avec CCS " + code) + """
                ccs:
                  - code: CCS-FIBRE
                    name: Raccorder la fibre optique
                    competencies:
                      - number: 3
                        name: Raccorder
                        criteria: [Le raccordement est conforme]
                """);
        fixtures.approval(centre(), code, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        LocalDate start = LocalDate.now().plusDays(25);
        int session = given().contentType(ContentType.JSON).body(Map.of("titleCode", code, "type", "CCS",
                        "ccsCode", "CCS-FIBRE", "startDate", start.toString(), "endDate", start.toString(),
                        "capacity", 5, "managerName", "R"))
                .post("/api/sessions").then().statusCode(201).extract().path("session.id");
        // every CCP held is not the title: the title obtained is a recorded fact
        long everyCcp = fixtures.candidate().training(code).followedBy(centre()).create();
        fixtures.holds(everyCcp, code, "01", 1);
        fixtures.holds(everyCcp, code, "01", 2);
        refused(enrol(session, everyCcp), "titre-parent", "ne l'a pas obtenu (aucun titre obtenu n'est enregistré)");

        // after a training course for the title
        long trained = fixtures.candidate().training(code).followedBy(centre()).create();
        fixtures.obtained(trained, code, "01");
        enrol(session, trained).statusCode(201).body("ccpNumbers", hasSize(0)).body("finalInterview", equalTo(true))
                .body("finalInterviewOnly", equalTo(false))
                .body("timetable.label", equalTo(List.of("Mise en situation professionnelle (CCS CCS-FIBRE)",
                        "Entretien final")));

        // directly: the experience in the trade is declared at enrolment, at least the regulation's 12 months
        long direct = fixtures.candidate().pathway(Pathway.PARTIAL).followedBy(centre()).create();
        fixtures.obtained(direct, code, "01");
        refused(enrol(session, direct), "ccs-experience", "indiquez l'expérience dans le métier visé qu'il (elle) "
                + "justifie (au moins 1 an)");
        refused(enrolCcs(session, direct, 11), "ccs-experience", "justifie de 11 mois d'expérience dans le métier "
                + "visé ; l'accès direct au CCS en demande au moins 1 an");
        given().queryParam("candidateId", direct).queryParam("ccsExperienceMonths", 12)
                .get("/api/sessions/" + session + "/enrolments/eligibility").then().statusCode(200)
                .body("eligible", equalTo(true));
        enrolCcs(session, direct, 12).statusCode(201).body("ccsExperienceMonths", equalTo(12))
                .body("finalInterview", equalTo(true));
    }

    static ValidatableResponse enrolCcs(long sessionId, long candidateId, int months) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidateId, "ccsExperienceMonths", months))
                .post("/api/sessions/" + sessionId + "/enrolments").then();
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aTraineeResitsWithinAYearAtMostThreeTimes() {
        LocalDate start = LocalDate.now().plusDays(45);
        long session = fixtures.plannedSession(STAFF, start);

        long late = fixtures.candidate().followedBy(centre()).create();
        fixtures.pastSession(centre(), SessionType.TITLE, start.minusYears(1).minusDays(1), SessionStatus.VALIDATED,
                late, Outcome.FAILURE);
        refused(enrol(session, late), "representation-delai", "ne peut se représenter que jusqu'au "
                + DAY.format(start.minusDays(1)));

        long thrice = fixtures.candidate().followedBy(centre()).create();
        for (int months : new int[]{10, 7, 4}) {
            fixtures.pastSession(centre(), SessionType.TITLE, start.minusMonths(months), SessionStatus.VALIDATED, thrice,
                    Outcome.ABSENT);
        }
        refused(enrol(session, thrice), "representation-nombre", "compterait 4 sessions titre");

        long excused = fixtures.candidate().followedBy(centre()).create();
        for (int months : new int[]{10, 7, 4}) {
            fixtures.pastSession(centre(), SessionType.TITLE, start.minusMonths(months), SessionStatus.VALIDATED,
                    excused, months == 4 ? Outcome.EXCUSED : Outcome.FAILURE);
        }
        enrol(session, excused).statusCode(201);

        long cancelled = fixtures.candidate().followedBy(centre()).create();
        fixtures.pastSession(centre(), SessionType.TITLE, start.minusYears(2), SessionStatus.CANCELLED, cancelled,
                null);
        enrol(session, cancelled).statusCode(201);
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void capacityAvailabilityAndTheCandidatesFile() {
        LocalDate start = LocalDate.now().plusDays(46);
        long small = fixtures.plannedSession(STAFF, SessionType.TITLE, start, start, 1);
        enrol(small, fixtures.candidate().followedBy(centre()).create()).statusCode(201);
        refused(enrol(small, fixtures.candidate().followedBy(centre()).create()), "capacite",
                "Capacité : la session est complète (1 place, déjà prise).");

        long busy = fixtures.candidate().followedBy(centre()).create();
        long other = fixtures.plannedSession(STAFF, SessionType.TITLE, start.minusDays(1), start, 5);
        enrol(other, busy).statusCode(201);
        long third = fixtures.plannedSession(STAFF, SessionType.TITLE, start, start.plusDays(1), 5);
        refused(enrol(third, busy), "candidat-indisponible", "est déjà inscrit(e) à la Session titre TRI");

        long notFollowed = fixtures.candidate().followedBy(fixtures.centre("Autre centre " + SessionFixtures.unique()))
                .create();
        enrol(third, notFollowed).statusCode(404).body("detail", containsString("parmi ceux que vous suivez"));

        long erased = fixtures.candidate().followedBy(centre()).create();
        fixtures.erase(erased);
        enrol(third, erased).statusCode(422).body("errors[0].field", equalTo("candidateId"));

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/sessions/" + third + "/enrolments").then()
                .statusCode(400).body("errors[0].field", equalTo("candidateId"))
                .body("errors[0].message", equalTo("Le candidat est obligatoire."));
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aWithdrawnCandidateKeepsThePlaceOfOthersInTheTimetableAndMayComeBack() {
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(47));
        long first = fixtures.candidate().followedBy(centre()).create();
        long second = fixtures.candidate().followedBy(centre()).create();
        int firstEnrolment = enrol(session, first).statusCode(201).extract().path("id");
        String before = enrol(session, second).statusCode(201).extract().path("timetable[1].start");
        given().delete("/api/sessions/" + session + "/enrolments/" + firstEnrolment).then().statusCode(204);
        given().delete("/api/sessions/" + session + "/enrolments/" + firstEnrolment).then().statusCode(404);
        given().get("/api/sessions/" + session + "/enrolments").then().statusCode(200)
                .body("candidateId", equalTo(List.of((int) second)))
                .body("[0].timetable[1].start", equalTo(before));
        enrol(session, first).statusCode(201).body("id", equalTo(firstEnrolment));
        given().get("/api/sessions/" + session + "/enrolments/" + firstEnrolment + "/convocation.pdf").then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = "t4-jury-x", roles = Roles.JUROR)
    void jurorsDoNotEnrol() {
        long session = fixtures.plannedSession(STAFF, LocalDate.now().plusDays(48));
        enrol(session, fixtures.candidate().followedBy(centre()).create()).statusCode(403);
        given().get("/api/sessions/" + session + "/enrolments").then().statusCode(403);
    }
}
