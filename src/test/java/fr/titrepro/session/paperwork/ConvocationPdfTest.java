package fr.titrepro.session.paperwork;

import fr.titrepro.security.Roles;
import fr.titrepro.session.enrolment.EnrolmentRepository;
import fr.titrepro.session.jury.JurorRepository;
import fr.titrepro.support.PdfText;
import fr.titrepro.support.SessionFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The convocations are real PDFs: their text is read back with PDFBox. */
@QuarkusTest
class ConvocationPdfTest {

    static final String STAFF = "t4-centre-convocations";
    static final String CANDIDATE = "t4-candidat-convoque";
    static final String OTHER_CANDIDATE = "t4-candidat-curieux";
    static final String JUROR = "t4-jury-convoque";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    SessionFixtures fixtures;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    JurorRepository jurors;

    @Inject
    fr.titrepro.candidate.CandidateRepository candidates;

    record Scenario(long session, long enrolment, long juror, long otherJuror, LocalDate start, String candidateName,
                    String jurorName) {
    }

    /** Each scenario on its own days: the juror JUROR sits on all of them. */
    static final AtomicInteger DAYS = new AtomicInteger(90);

    /**
     * One session of the centre with a candidate (extra time) enrolled, the one of login CANDIDATE when asked, and
     * the juror JUROR on the jury.
     */
    Scenario scenario(boolean loginCandidate) {
        long centre = fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(DAYS.getAndAdd(5));
        long session = fixtures.plannedSession(STAFF, start);
        long candidate = fixtures.candidate().named("Girard" + SessionFixtures.unique(), "Élodie, Marie")
                .extraTime(33, "Secrétaire lecteur").username(loginCandidate ? CANDIDATE : null).followedBy(centre)
                .create();
        long enrolment = fixtures.enrol(session, candidate);
        long juror = jurors.findByUsername(JUROR).map(j -> j.id).orElseGet(() -> fixtures.juror(JUROR, 12,
                SessionFixtures.TRI, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2)));
        long otherJuror = fixtures.triJuror();
        fixtures.assign(session, juror);
        fixtures.assign(session, otherJuror);
        return new Scenario(session, enrolment, juror, otherJuror, start,
                candidates.findById(candidate).fullName(), jurors.findById(juror).fullName());
    }

    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        return PdfText.text(pdf);
    }

    static byte[] download(String url) {
        return given().get(url).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theCandidateConvocationSaysWhereWhenWhatAndWhatToBring() throws IOException {
        Scenario s = scenario(false);
        String text = text(download("/api/sessions/" + s.session() + "/enrolments/" + s.enrolment()
                + "/convocation.pdf"));
        assertThat(text).contains(
                "Convocation à une session d'examen",
                "Madame " + s.candidateName(),
                "Technicien réseaux IP (TRI, TP-00496, version 05)",
                "Session titre (n° " + s.session() + ")",
                "du " + DAY.format(s.start()) + " au " + DAY.format(s.start().plusDays(1)),
                "Plateau technique réseaux – 3 avenue du Réseau, 59650 Villeneuve-d'Ascq",
                "Centre t4-centre-convocations",
                "CCP 1 – Intervenir sur un réseau IP",
                "L'entretien final avec le jury est prévu.",
                "08h30 – 12h30", "Mise en situation professionnelle (240 min)",
                "Entretien technique", "Questionnaire professionnel", "Entretien final",
                "Temps majoré de 33 %", "Assistance : Secrétaire lecteur",
                "une pièce d'identité en cours de validité",
                "la présente convocation",
                "votre dossier professionnel (DP)");
    }

    /** Issue 11, finding 5: every CCP held, title refused: the convocation is for the entretien final alone. */
    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aConvocationForTheFinalInterviewAloneSaysNoCcpIsPresented() throws IOException {
        long centre = fixtures.centreOfStaff(STAFF);
        LocalDate start = LocalDate.now().plusDays(DAYS.getAndAdd(5));
        long session = fixtures.plannedSession(STAFF, start);
        long candidate = fixtures.candidate().pathway(fr.titrepro.candidate.Pathway.PARTIAL).followedBy(centre)
                .create();
        fixtures.holds(candidate, SessionFixtures.TRI, "05", 1);
        fixtures.holds(candidate, SessionFixtures.TRI, "05", 2);
        long enrolment = fixtures.enrol(session, candidate);
        String text = text(download("/api/sessions/" + session + "/enrolments/" + enrolment + "/convocation.pdf"));
        assertThat(text).contains("Entretien final avec le jury, au vu de votre livret de certification : vous "
                + "détenez déjà tous les CCP du titre, aucun CCP n'est à présenter.", "Entretien final")
                .doesNotContain("CCP présentés", "Mise en situation professionnelle", "spécialisation");
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void theJuryConvocationListsTheCandidatesAndTheDeclaredLinks() throws IOException {
        Scenario s = scenario(false);
        long candidate = enrolments.findById(s.enrolment()).candidate.id;
        given().contentType(ContentType.JSON).body(Map.of("jurorId", s.juror(), "candidateId", candidate, "kind",
                "TRAINER")).post("/api/sessions/" + s.session() + "/conflicts").then().statusCode(201);
        String text = text(download("/api/sessions/" + s.session() + "/jury/" + s.juror() + "/convocation.pdf"));
        assertThat(text).contains(
                "Convocation du jury",
                s.jurorName() + " – Technicienne réseaux, Réseaux du Nord",
                "en qualité de membre du jury",
                "du " + DAY.format(s.start()) + " au " + DAY.format(s.start().plusDays(1)),
                "Plateau technique réseaux",
                "Composition du jury",
                s.candidateName(),
                "Lien déclaré (formateur ou formatrice du candidat) : vous ne participez ni à son évaluation ni à "
                        + "sa délibération.",
                "une pièce d'identité en cours de validité");
        String other = text(download("/api/sessions/" + s.session() + "/jury/" + s.otherJuror() + "/convocation.pdf"));
        assertThat(other).contains("Évaluation et délibération").doesNotContain("Lien déclaré");
    }

    @Test
    @TestSecurity(user = CANDIDATE, roles = Roles.CANDIDATE)
    void aCandidateDownloadsTheirOwnConvocationOnly() throws IOException {
        Scenario s = scenario(true);
        assertThat(text(download("/api/sessions/" + s.session() + "/enrolments/" + s.enrolment()
                + "/convocation.pdf"))).contains(s.candidateName());
        long someoneElse = fixtures.enrol(s.session(), fixtures.candidate().followedBy(fixtures.centreOfStaff(STAFF))
                .create());
        given().get("/api/sessions/" + s.session() + "/enrolments/" + someoneElse + "/convocation.pdf").then()
                .statusCode(404).contentType("application/problem+json");
        given().get("/api/sessions/" + s.session() + "/jury/" + s.juror() + "/convocation.pdf").then().statusCode(403);
        given().get("/api/sessions/" + s.session() + "/enrolments").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = OTHER_CANDIDATE, roles = Roles.CANDIDATE)
    void anotherCandidateCannotDownloadIt() {
        Scenario s = scenario(false);
        given().get("/api/sessions/" + s.session() + "/enrolments/" + s.enrolment() + "/convocation.pdf").then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = JUROR, roles = Roles.JUROR)
    void aJurorDownloadsTheirOwnJuryConvocationButNotTheCandidates() throws IOException {
        Scenario s = scenario(false);
        assertThat(text(download("/api/sessions/" + s.session() + "/jury/" + s.juror() + "/convocation.pdf")))
                .contains(s.jurorName());
        given().get("/api/sessions/" + s.session() + "/jury/" + s.otherJuror() + "/convocation.pdf").then()
                .statusCode(404);
        given().get("/api/sessions/" + s.session() + "/enrolments/" + s.enrolment() + "/convocation.pdf").then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "t4-centre-b", roles = Roles.CENTRE)
    void anotherCentreCannotDownloadThem() {
        fixtures.centreOfStaff("t4-centre-b");
        Scenario s = scenario(false);
        given().get("/api/sessions/" + s.session() + "/enrolments/" + s.enrolment() + "/convocation.pdf").then()
                .statusCode(404);
        given().get("/api/sessions/" + s.session() + "/jury/" + s.juror() + "/convocation.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = STAFF, roles = Roles.CENTRE)
    void aCancelledSessionHasNoConvocation() {
        Scenario s = scenario(false);
        given().contentType(ContentType.JSON).body(Map.of("to", "CANCELLED", "reason", "Inondation"))
                .post("/api/sessions/" + s.session() + "/transitions").then().statusCode(200);
        given().get("/api/sessions/" + s.session() + "/enrolments/" + s.enrolment() + "/convocation.pdf").then()
                .statusCode(409).contentType("application/problem+json");
    }
}
