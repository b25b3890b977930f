package fr.titrepro.deliberation;

import fr.titrepro.document.DocumentKind;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.DocumentStatus;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.PdfText;
import fr.titrepro.support.ReferentialFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.decision;
import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static fr.titrepro.shared.text.FrenchDates.longDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * What a validated PV grants, through the real endpoints (jurors deliberate and sign, the administration validates):
 * DOMAIN "Sessions and evaluation" (« An outcome and what it grants always agree ») and "Documents" (livret for a
 * partial success only, parchemin for the title, signed for the DREETS of the session's region, dated by the jury's
 * deliberation); fiche TP-00496 lines 127-139. Issue 11, findings 2 and 9.
 */
@QuarkusTest
class CertificationGrantsTest {

    static final String REASON = "Le jury retient l'échec au vu de l'ensemble du parcours, motif consigné au PV.";

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocuments issued;

    @Inject
    AgroalDataSource dataSource;



    /** A session titre TRI in deliberation on a site of that postal code, {@code n} trainees. */
    ScoringFixtures.Scenario sessionIn(String postalCode, String city, int n) {
        ScoringFixtures.Scenario s = scoring.scenario().trainees(n).status(SessionStatus.DELIBERATION).create();
        sessions.siteIn(s.sessionId(), postalCode, city);
        return s;
    }

    void agree(ScoringFixtures.Scenario s, int candidate, Verdict ccp1, Verdict ccp2) {
        fixtures.agree(s.sessionId(), s.enrolment(candidate), 1, ccp1);
        fixtures.agree(s.sessionId(), s.enrolment(candidate), 2, ccp2);
    }

    void decide(ScoringFixtures.Scenario s, int candidate, Map<String, Object> body, String outcome) {
        as("jury").body(body).put(path(s, "/deliberation/" + s.enrolment(candidate))).then().statusCode(200)
                .body("outcome", equalTo(outcome));
    }

    void sign(ScoringFixtures.Scenario s) {
        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void eachOutcomeGrantsWhatItSaysAndNothingElse() throws Exception {
        ScoringFixtures.Scenario s = sessionIn("69003", "Lyon", 5);
        agree(s, 0, Verdict.ACQUIRED, Verdict.ACQUIRED);
        agree(s, 1, Verdict.ACQUIRED, Verdict.NOT_ACQUIRED);
        agree(s, 3, Verdict.NOT_ACQUIRED, Verdict.NOT_ACQUIRED);
        agree(s, 4, Verdict.ACQUIRED, Verdict.ACQUIRED);
        decide(s, 0, decision("PRESENT", "HELD_FAVOURABLY"), "FULL_SUCCESS");
        decide(s, 1, decision("PRESENT", "HELD_FAVOURABLY"), "PARTIAL_SUCCESS");
        decide(s, 2, decision("ABSENT", null), "ABSENT");
        // finding 2: a failure although CCP 1 was acquired is refused (an outcome agrees with what it grants)
        Map<String, Object> failure = decision("PRESENT", "HELD_FAVOURABLY");
        failure.put("outcome", "FAILURE");
        failure.put("overrideReason", REASON);
        as("jury").body(failure).put(path(s, "/deliberation/" + s.enrolment(1))).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("Un échec n'attribue aucun CCP"))
                .body("errors[0].field", equalTo("outcome"));
        // a failure: no CCP acquired at the session
        decide(s, 3, decision("PRESENT", "HELD_FAVOURABLY"), "FAILURE");
        // every CCP acquired, refused the title at the entretien final
        decide(s, 4, decision("PRESENT", "HELD_UNFAVOURABLY"), "PARTIAL_SUCCESS");
        sign(s);
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200)
                .body("candidates", equalTo(5)).body("documents", equalTo(3));

        List<Long> c = s.candidateIds();
        // FULL_SUCCESS: the CCPs, the title as a fact of its own, the parchemin and no livret
        assertThat(heldCcps(c.get(0))).containsExactly(1, 2);
        // issue 16: and the credential of each CCP acquired at the session
        assertThat(kinds(c.get(0))).containsExactlyInAnyOrder("PARCHEMIN:VALID", "CCP:VALID", "CCP:VALID");
        LocalDate today = FrenchDates.today();
        assertThat(obtainedTitles(c.get(0))).containsExactly("TP-00496/05 on " + today + " at Lyon, session "
                + s.sessionId() + ", PV 1");
        // PARTIAL_SUCCESS: exactly the CCPs acquired, a livret
        assertThat(heldCcps(c.get(1))).containsExactly(1);
        assertThat(kinds(c.get(1))).containsExactlyInAnyOrder("LIVRET:VALID", "CCP:VALID");
        assertThat(obtainedTitles(c.get(1))).isEmpty();
        // ABSENT and FAILURE: nothing, whatever the grids said
        assertThat(heldCcps(c.get(2))).isEmpty();
        assertThat(kinds(c.get(2))).isEmpty();
        assertThat(heldCcps(c.get(3))).isEmpty();
        assertThat(kinds(c.get(3))).isEmpty();
        // refused at the entretien final: every CCP held, no title, a livret that says so
        assertThat(heldCcps(c.get(4))).containsExactly(1, 2);
        assertThat(obtainedTitles(c.get(4))).isEmpty();
        assertThat(kinds(c.get(4))).containsExactlyInAnyOrder("LIVRET:VALID", "CCP:VALID", "CCP:VALID");
        // the CCP credential through the relying parties' endpoint: CCP 1, its session's date and place
        List<String> codes = new ArrayList<>();
        query("SELECT code FROM issued_document WHERE candidate_id = ? AND kind = 'CCP'", c.get(1),
                rs -> codes.add(rs.getString(1)));
        String jwt = io.restassured.RestAssured.given().get("/api/credentials/" + codes.getFirst()).then()
                .statusCode(200).contentType("application/vc+jwt").extract().asString();
        String payload = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(com.nimbusds.jose.JWSObject.parse(jwt).getPayload().toString()).toString();
        assertThat(payload).contains("CCP 1 – Intervenir sur un réseau IP", "\"targetCode\":\"CCP1-C",
                "Obtenu le " + LocalDate.now().plusDays(1) + " à Lyon").doesNotContain("CCP2");

        String livret = pdfText(c.get(1), DocumentKind.LIVRET);
        assertThat(livret).contains("CCP 1 Intervenir sur un réseau IP", longDate(LocalDate.now().plusDays(1)) + " Lyon",
                "CCP restant à obtenir : CCP 2", "Le candidat peut se présenter aux CCP manquants dans la limite de "
                        + "la durée de validité du titre, et jusqu'à un an après la fin de validité d'un titre clos.",
                "Camille Durand")
                .doesNotContain("définitivement", "Titre complet");
        String refused = pdfText(c.get(4), DocumentKind.LIVRET);
        assertThat(refused).contains("Titre non attribué", "Tous les CCP du titre sont détenus ; le titre n'a pas "
                + "été attribué à l'issue de l'entretien final.", "Le titre peut être obtenu lors d'un nouvel "
                + "entretien final").doesNotContain("définitivement", "Titre complet");
        String parchemin = pdfText(c.get(0), DocumentKind.PARCHEMIN);
        assertThat(parchemin).contains("R. 335-7, R. 335-13 et R. 338-1 et suivants",
                "vu l'arrêté du 22 juillet 2003 portant création du titre professionnel de technicien réseaux IP",
                "vu la délibération du jury réuni à Lyon le " + longDate(today), "Camille Durand")
                .doesNotContain("code du travail");
    }

    @Test
    void theParcheminIsDatedByTheJurysDeliberationAndSignedForTheRegionOfTheSession() throws Exception {
        ScoringFixtures.Scenario nantes = sessionIn("44000", "Nantes", 1);
        agree(nantes, 0, Verdict.ACQUIRED, Verdict.ACQUIRED);
        decide(nantes, 0, decision("PRESENT", "HELD_FAVOURABLY"), "FULL_SUCCESS");
        sign(nantes);
        // the jury deliberated three days before the last signature of the PV
        LocalDate deliberated = FrenchDates.today().minusDays(3);
        execute("UPDATE candidate_deliberation SET decided_at = ? WHERE enrolment_id = ?",
                java.sql.Timestamp.from(deliberated.atTime(11, 0).atZone(FrenchDates.PARIS).toInstant()),
                nantes.enrolment(0));
        as("admin").post(path(nantes, "/pv/validation")).then().statusCode(200).body("documents", equalTo(1));

        String text = pdfText(nantes.candidateIds().get(0), DocumentKind.PARCHEMIN);
        assertThat(text).contains("vu la délibération du jury réuni à Nantes le " + longDate(deliberated),
                "Fait à Nantes, le " + longDate(FrenchDates.today()),
                "Yann Le Goff", "Pays de la Loire").doesNotContain("Camille Durand");
        assertThat(obtainedTitles(nantes.candidateIds().get(0))).singleElement()
                .satisfies(t -> assertThat(t).contains("on " + deliberated + " at Nantes"));
    }

    @Test
    void aSessionWhoseRegionHasNoSignatoryIsNotValidatedAndNothingIsIssued() throws Exception {
        ScoringFixtures.Scenario rennes = sessionIn("35000", "Rennes", 1);
        agree(rennes, 0, Verdict.ACQUIRED, Verdict.NOT_ACQUIRED);
        decide(rennes, 0, decision("PRESENT", "HELD_FAVOURABLY"), "PARTIAL_SUCCESS");
        sign(rennes);
        as("admin").post(path(rennes, "/pv/validation")).then().statusCode(422)
                .body("type", containsString("rule-violation"))
                .body("detail", containsString("Aucun signataire n'est configuré pour la DREETS de la région "
                        + "Bretagne"));
        as("admin").get("/api/sessions/" + rennes.sessionId()).then().statusCode(200)
                .body("session.status", equalTo("CLOSED"));
        assertThat(heldCcps(rennes.candidateIds().get(0))).isEmpty();
        assertThat(kinds(rennes.candidateIds().get(0))).isEmpty();

        ScoringFixtures.Scenario nowhere = sessionIn("97500", "Saint-Pierre", 1);
        agree(nowhere, 0, Verdict.ACQUIRED, Verdict.NOT_ACQUIRED);
        decide(nowhere, 0, decision("PRESENT", "HELD_FAVOURABLY"), "PARTIAL_SUCCESS");
        sign(nowhere);
        as("admin").post(path(nowhere, "/pv/validation")).then().statusCode(422)
                .body("detail", containsString("(« 97500 ») ne désigne aucune région"))
                .body("errors[0].field", equalTo("sitePostalCode"));
    }

    /** Fiche TP-00496 line 127: « Un parchemin est attribué au candidat ayant obtenu … le CCS ». */
    @Test
    void aCcsObtainedIsRecordedWithItsCodeAndGetsItsParcheminOnly() throws Exception {
        String code = SessionFixtures.uniqueTitleCode();
        sessions.importTitle(ReferentialFixtures.sampleTitle(code, "Titre avec CCS " + code) + """
                specialityDecree: "arrêté du 1er février 2024 portant création du titre professionnel de test"
                ccs:
                  - code: CCS-FIBRE
                    name: Raccorder la fibre optique
                    competencies:
                      - number: 3
                        name: Raccorder
                        criteria: [Le raccordement est conforme]
                """);
        ScoringFixtures.Scenario s = scoring.scenario().title(code, "01").ccsSession("CCS-FIBRE").trainees(2)
                .status(SessionStatus.DELIBERATION).create();
        sessions.siteIn(s.sessionId(), "69007", "Lyon");
        for (long candidate : s.candidateIds()) {
            sessions.holds(candidate, code, "01", 1);
            sessions.holds(candidate, code, "01", 2);
            sessions.obtained(candidate, code, "01");
        }
        fixtures.agreeCcs(s.sessionId(), s.enrolment(0), "CCS-FIBRE", Verdict.ACQUIRED);
        fixtures.agreeCcs(s.sessionId(), s.enrolment(1), "CCS-FIBRE", Verdict.NOT_ACQUIRED);
        decide(s, 0, decision("PRESENT", "HELD_FAVOURABLY"), "CCS_OBTAINED");
        decide(s, 1, decision("PRESENT", "HELD_FAVOURABLY"), "CCS_NOT_OBTAINED");
        sign(s);
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200).body("documents", equalTo(1));

        long obtained = s.candidateIds().get(0);
        assertThat(kinds(obtained)).containsExactly("PARCHEMIN:VALID");
        List<String> ccs = new ArrayList<>();
        query("SELECT ccs_code, session_id FROM obtained_title WHERE candidate_id = ? AND ccs_code IS NOT NULL",
                obtained, rs -> ccs.add(rs.getString(1) + "@" + rs.getLong(2)));
        assertThat(ccs).containsExactly("CCS-FIBRE@" + s.sessionId());
        assertThat(pdfText(obtained, DocumentKind.PARCHEMIN)).contains("Raccorder la fibre optique",
                "vu l'arrêté du 1er février 2024 portant création du titre professionnel de test", "Camille Durand");
        long refused = s.candidateIds().get(1);
        assertThat(kinds(refused)).isEmpty();
        query("SELECT COUNT(*) FROM obtained_title WHERE candidate_id = ? AND ccs_code IS NOT NULL", refused,
                rs -> assertThat(rs.getInt(1)).isZero());
    }

    String pdfText(long candidateId, DocumentKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IssuedDocument d = documents.documentsOf(candidateId).stream()
                    .filter(x -> x.kind == kind && x.status == DocumentStatus.VALID).findFirst().orElseThrow();
            return PdfText.text(issued.pdf(d));
        });
    }

    List<Integer> heldCcps(long candidateId) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        query("SELECT p.number FROM held_ccp h JOIN ccp p ON p.id = h.ccp_id WHERE h.candidate_id = ? "
                + "ORDER BY p.number", candidateId, rs -> numbers.add(rs.getInt(1)));
        return numbers;
    }

    List<String> kinds(long candidateId) throws Exception {
        List<String> docs = new ArrayList<>();
        query("SELECT kind, status FROM issued_document WHERE candidate_id = ?", candidateId,
                rs -> docs.add(rs.getString(1) + ":" + rs.getString(2)));
        return docs;
    }

    List<String> obtainedTitles(long candidateId) throws Exception {
        List<String> titles = new ArrayList<>();
        query("SELECT v.code, v.version, o.obtained_on, o.place, o.session_id, o.pv_version FROM obtained_title o "
                + "JOIN title_version v ON v.id = o.title_version_id WHERE o.candidate_id = ?", candidateId,
                rs -> titles.add(rs.getString(1) + "/" + rs.getString(2) + " on " + rs.getDate(3).toLocalDate()
                        + " at " + rs.getString(4) + ", session " + rs.getLong(5) + ", PV " + rs.getInt(6)));
        return titles;
    }

    interface Row {
        void read(ResultSet rs) throws Exception;
    }

    void query(String sql, long id, Row row) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    void execute(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
