package fr.titrepro.deliberation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.titrepro.support.DeliberationFixtures.decision;
import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 11, findings 1 and 5, played through the API with the demo jurors and the administration: no title without
 * an entretien final held (fiche TP-00496 « Afin d'attribuer le titre, un entretien final se déroule en fin de session
 * du dernier CCP »), and a candidate who holds every CCP but was refused the title takes the entretien final alone
 * at a later session and obtains the title (DOMAIN.md « not at a dead end »).
 */
@QuarkusTest
class TitleDecisionResourceTest {

    static final String REASON = "Le jury estime que le candidat maîtrise l'ensemble des compétences du titre.";

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;



    @Test
    void noTitleWithoutTheEntretienFinalEvenByOverride() throws Exception {
        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(1)
                .status(SessionStatus.DELIBERATION).create();
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);

        Map<String, Object> override = decision("PRESENT", "NOT_HELD");
        override.put("outcome", "FULL_SUCCESS");
        override.put("overrideReason", REASON);
        as("jury").body(override).put(path(s, "/deliberation/" + s.enrolment(0))).then().statusCode(422)
                .body("type", containsString("rule-violation"))
                .body("detail", containsString("Pas de titre sans entretien final"))
                .body("errors[0].field", equalTo("outcome"));
        as("jury").get(path(s, "/deliberation/" + s.enrolment(0) + "/history")).then().statusCode(200)
                .body("", hasSize(0));
        as("jury").body(decision("PRESENT", "NOT_HELD")).put(path(s, "/deliberation/" + s.enrolment(0))).then()
                .statusCode(200).body("outcome", equalTo("PARTIAL_SUCCESS"))
                .body("notes", hasItem(containsString("pas de titre sans entretien final")));
        // an unknown value is refused at the edge, on its field
        as("jury").body(decision("PRESENT", "MAYBE")).put(path(s, "/deliberation/" + s.enrolment(0))).then()
                .statusCode(400).body("errors[0].field", equalTo("finalInterview"));

        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200).body("status", equalTo("CLOSED"));
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200);
        long candidate = s.candidateIds().get(0);
        assertThat(rows("SELECT kind FROM issued_document WHERE candidate_id = ? AND status = 'VALID' "
                + "ORDER BY kind", candidate)).containsExactly("CCP", "CCP", "LIVRET");
        assertThat(rows("SELECT id FROM obtained_title WHERE candidate_id = ?", candidate)).isEmpty();
    }

    @Test
    void everyCcpHeldWithoutTheTitleTheEntretienFinalAloneGrantsIt() throws Exception {
        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(1)
                .status(SessionStatus.DELIBERATION).create();
        long candidate = s.candidateIds().get(0);
        // both CCPs held from an earlier session where the title was refused at the entretien final
        sessions.holds(candidate, "TP-00496", "05", 1);
        sessions.holds(candidate, "TP-00496", "05", 2);
        // enrolled for the entretien final alone (EnrolmentResourceTest plays this enrolment through the API)
        execute("DELETE FROM enrolment_ccp WHERE enrolment_id = ?", s.enrolment(0));
        execute("UPDATE enrolment SET final_interview = 1 WHERE id = ?", s.enrolment(0));

        as("jury").get(path(s, "/deliberation")).then().statusCode(200);
        as("jury").body(decision("PRESENT", null)).put(path(s, "/deliberation/" + s.enrolment(0))).then().statusCode(400)
                .body("errors.field", hasItem("finalInterview"));
        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(0))).then()
                .statusCode(200).body("outcome", equalTo("FULL_SUCCESS")).body("acquiredNow", hasSize(0));
        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200).body("status", equalTo("CLOSED"));
        as("admin").post(path(s, "/pv/validation")).then().statusCode(200);
        assertThat(rows("SELECT kind FROM issued_document WHERE candidate_id = ? AND status = 'VALID'", candidate))
                .as("both CCPs were held before this session: no CCP credential from it").containsExactly("PARCHEMIN");
        assertThat(rows("SELECT session_id FROM obtained_title WHERE candidate_id = ? AND ccs_code IS NULL",
                candidate)).containsExactly(String.valueOf(s.sessionId()));
    }

    List<String> rows(String sql, long id) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    void execute(String sql, long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
