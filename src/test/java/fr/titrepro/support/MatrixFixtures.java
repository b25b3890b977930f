package fr.titrepro.support;

import fr.titrepro.candidate.Pathway;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The records the authorization matrix's checks play on (docs/authorization-matrix.yaml), created once per
 * application start: a session of {@code centre} with {@code jury} and {@code jury2} on its jury, a candidate it
 * follows enrolled, {@code candidat} enrolled too, {@code jury}'s grid, an application of {@code conseiller}; and the
 * same-role non-owners' own records (centre of {@code centre2}, juror {@code jury3}, record of {@code candidat2});
 * a pending link request of {@code centre2} about the person {@code centre} follows; {@code candidat}'s parchemin;
 * a competency and a criterion of {@code jury}'s grid; an import job of {@code centre}; an appeal received on a
 * validated session of {@code centre} judged by {@code jury} and {@code jury2}; a VAE link proposal addressed to
 * {@code centre}.
 */
@ApplicationScoped
public class MatrixFixtures {

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    CentreFixtures centres;

    @Inject
    ConsentFixtures consent;

    @Inject
    DocumentFixtures documents;

    @Inject
    DeliberationFixtures deliberation;

    /** Placeholders that are not ids: the part of the reconciliation (CCP 1). */
    private static final Map<String, String> LITERALS = Map.of("ccpPart", "CCP1");

    private Map<String, Long> values;

    /** Placeholder of the matrix ({@code session}, {@code grid}…) → id. */
    public synchronized Map<String, Long> values() {
        if (values != null) {
            return values;
        }
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").jurors("jury", "jury2").trainees(1)
                .create();
        Map<String, Long> v = new HashMap<>();
        v.put("session", s.sessionId());
        v.put("enrolment", s.enrolment(0));
        v.put("centreOfCentre", s.centreId()); // issue 19: the dashboard's figures of centre
        v.put("candidate", s.candidateIds().get(0));
        v.put("juror", s.jurorIds().get("jury"));
        centres.centreOf("centre2");
        scoring.juror("jury3");
        centres.candidateOf("candidat2", "centre2");
        long mine = centres.candidateOf("candidat", "centre");
        sessions.followIfNot(mine, s.centreId());
        v.put("myCandidate", mine);
        v.put("myEnrolment", scoring.enrolAsIs(s.sessionId(), mine));
        v.put("myDocument", documents.lucasWithParchemin().id);
        v.put("grid", ScoringFixtures.gridIds("jury", s, 0).get(0));
        v.put("vae", ScoringFixtures.as("conseiller").body(VaeFixtures.eligibleTri(VaeFixtures.uniqueName()))
                .post("/api/vae/applications").then().statusCode(201).extract().jsonPath().getLong("id"));
        // centre2 asks to follow the person centre follows: a pending request of centre2 about a person without a login
        v.put("linkRequest", ScoringFixtures.as("centre2").body(consent.identityOf(s.candidateIds().get(0)).json())
                .post("/api/candidates?link=true").then().statusCode(202).extract().jsonPath().getLong("linkRequest.id"));
        v.put("gridSection", firstOf("jury", v.get("grid"), "sections.find { it.competency }.id"));
        v.put("gridCriterion", firstOf("jury", v.get("grid"), "sections.find { it.scored }.criteria[0].id"));
        v.put("importJob", importJob());
        appeal(v);
        v.put("vaeProposal", vaeProposal());
        values = Map.copyOf(v);
        return values;
    }

    private static long firstOf(String login, long grid, String path) {
        return ScoringFixtures.as(login).get("/api/grids/" + grid).then().statusCode(200).extract().jsonPath()
                .getLong(path);
    }

    /** An import job of centre (one person to create; done or not, it is centre's). */
    private static long importJob() {
        String csv = "nom_naissance;nom_usage;prenoms;sexe;date_naissance;commune_naissance;departement_naissance;"
                + "pays_naissance;email;parcours;titre;ccp;debut_formation;fin_formation;vae_decision;vae_date;"
                + "temps_supplementaire\n" + CandidateFixtures.uniqueName("Matrice")
                + ";;Anne;F;01/02/1991;Lyon;69;;;FORMATION;TP-00496;;01/09/2025;30/06/2026;;;\n";
        long id = ScoringFixtures.as("centre").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/candidates/import/jobs").then().statusCode(202).extract().jsonPath().getLong("id");
        // finished before the tests count the rows (BadInputTest): the job writes in the background
        for (int i = 0; i < 300; i++) {
            if (io.restassured.RestAssured.given().auth().oauth2(Tokens.of("centre"))
                    .get("/api/candidates/import/jobs/" + id).then().statusCode(200)
                    .extract().jsonPath().getBoolean("finished")) {
                return id;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("L'import " + id + " des fixtures ne s'est pas terminé");
    }

    /** A session of centre deliberated, signed and validated, and an appeal received by the administration. */
    private void appeal(Map<String, Long> v) {
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").jurors("jury", "jury2").trainees(1)
                .status(SessionStatus.DELIBERATION).create();
        deliberation.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        deliberation.agree(s.sessionId(), s.enrolment(0), 2, Verdict.NOT_ACQUIRED);
        DeliberationFixtures.decideAllAndSign(s, 1);
        ScoringFixtures.as("admin").post("/api/sessions/" + s.sessionId() + "/pv/validation").then().statusCode(200);
        v.put("appealSession", s.sessionId());
        v.put("appeal", ScoringFixtures.as("admin").body(Map.of("enrolmentId", s.enrolment(0),
                        "receivedOn", LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                        "motive", "Le candidat conteste la décision sur le CCP 2."))
                .post("/api/sessions/" + s.sessionId() + "/appeals").then().statusCode(201).extract().jsonPath()
                .getLong("id"));
    }

    /** A recevabilité of conseiller proposing to link a person centre follows: a proposal addressed to centre. */
    private long vaeProposal() {
        long centre = sessions.centreOfStaff("centre");
        String name = VaeFixtures.uniqueName();
        long person = sessions.registeredPerson(name, "Camille", LocalDate.of(1990, 5, 14), "Nantes", "44",
                Pathway.PARTIAL, "TP-00496");
        sessions.follow(person, centre);
        long id = ScoringFixtures.as("conseiller").body(VaeFixtures.eligibleTri(name)).post("/api/vae/applications")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        ScoringFixtures.as("conseiller").body(Map.of("decision", "RECEVABLE", "date", LocalDate.now().toString()))
                .post("/api/vae/applications/" + id + "/decision").then().statusCode(200);
        return id;
    }

    /** The template with every placeholder replaced by its fixture's id. */
    public String resolve(String template) {
        String path = template;
        for (Map.Entry<String, String> l : LITERALS.entrySet()) {
            path = path.replace("{" + l.getKey() + "}", l.getValue());
        }
        for (Map.Entry<String, Long> v : values().entrySet()) {
            path = path.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        return path;
    }
}
