package fr.titrepro.deliberation;

import fr.titrepro.deliberation.chain.DeliberationChain;
import fr.titrepro.deliberation.chain.DeliberationChainBackfill;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.AgreedDecision;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.scoring.reconciliation.DecisionChain;
import fr.titrepro.session.SessionStatus;
import fr.titrepro.session.enrolment.Outcome;
import fr.titrepro.shared.audit.AuditCheckpointService;
import fr.titrepro.support.DeliberationFixtures;
import fr.titrepro.support.PdfText;
import fr.titrepro.support.ScoringFixtures;
import fr.titrepro.support.SessionFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static fr.titrepro.support.DeliberationFixtures.decision;
import static fr.titrepro.support.DeliberationFixtures.path;
import static fr.titrepro.support.ScoringFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 12, « The audit hash chain can be rewritten by anyone with write access to the database; deliberation
 * decisions are not chained »: the deliberation decisions are chained, the heads of both chains are signed at the
 * PV signature, and a database administrator who rewrites a row and recomputes every later hash through JDBC is
 * caught by the signed checkpoint.
 */
@QuarkusTest
class TamperEvidenceResourceTest {

    @Inject
    ScoringFixtures scoring;

    @Inject
    SessionFixtures sessions;

    @Inject
    DeliberationFixtures fixtures;

    @Inject
    DeliberationRepository deliberations;

    @Inject
    AgreedDecisionRepository decisions;

    @Inject
    AuditCheckpointService checkpoints;

    @Inject
    AgroalDataSource dataSource;

    /** Two candidates decided and the PV signed by both jurors: the chains are anchored at the signature. */
    ScoringFixtures.Scenario signed() {
        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(2)
                .status(SessionStatus.DELIBERATION).create();
        fixtures.agree(s.sessionId(), s.enrolment(0), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(0), 2, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(1), 1, Verdict.ACQUIRED);
        fixtures.agree(s.sessionId(), s.enrolment(1), 2, Verdict.NOT_ACQUIRED);
        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(0)))
                .then().statusCode(200);
        as("jury").body(decision("PRESENT", "HELD_FAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(1)))
                .then().statusCode(200);
        // a second version of the same decision: a new link of the chain
        as("jury2").body(decision("PRESENT", "HELD_UNFAVOURABLY")).put(path(s, "/deliberation/" + s.enrolment(1)))
                .then().statusCode(200);
        as("admin").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("UNSIGNED"))
                .body("chains.find { it.chain == 'DELIBERATION' }.records", equalTo(3))
                .body("chains.find { it.chain == 'DELIBERATION' }.status", equalTo("UNSIGNED"))
                .body("chains.find { it.chain == 'SCORES' }.records", equalTo(4));
        as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200).body("status", equalTo("CLOSED"));
        return s;
    }

    static String verify(ScoringFixtures.Scenario s) {
        return "/api/sessions/" + s.sessionId() + "/audit/verify";
    }

    @Test
    void theDeliberationIsChainedSignedAtThePvAndTheDbaRewriteIsFound() throws Exception {
        ScoringFixtures.Scenario s = signed();
        as("centre").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("OK")).body("records", equalTo(7))
                .body("chains.find { it.chain == 'DELIBERATION' }.signedRecords", equalTo(3))
                .body("chains.find { it.chain == 'SCORES' }.signedRecords", equalTo(4))
                .body("chains.find { it.chain == 'DELIBERATION' }.lastCheckpoint", notNullValue());
        String head = QuarkusTransaction.requiringNew().call(() -> deliberations.chainHead(s.sessionId()));
        // the PV says which state of the deliberation it was built from
        byte[] pv = as("centre").get(path(s, "/pv.pdf")).then().statusCode(200).extract().asByteArray();
        assertThat(PdfText.text(pv).replaceAll("\\s+", "")).contains("Empreintedeladélibération:" + head);

        // the DBA turns the first candidate's decision into a failure and recomputes every later hash
        rewriteDeliberation(s.sessionId(), 0, "FAILURE");
        as("admin").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("CHECKPOINT_MISMATCH"))
                .body("firstBrokenId", nullValue())
                .body("checkpointId", notNullValue())
                .body("message", containsString("réécrits"))
                .body("chains.find { it.chain == 'DELIBERATION' }.status", equalTo("CHECKPOINT_MISMATCH"))
                .body("chains.find { it.chain == 'SCORES' }.status", equalTo("OK"));
        // and rewriting the checkpoint's head too: its signature no longer verifies
        String newHead = QuarkusTransaction.requiringNew().call(() -> deliberations.chainHead(s.sessionId()));
        update("UPDATE audit_checkpoint SET head_hash = ? WHERE session_id = ? AND chain = 'DELIBERATION'", newHead,
                s.sessionId());
        as("admin").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("CHECKPOINT_INVALID"))
                .body("chains.find { it.chain == 'DELIBERATION' }.message", containsString("signature"));
        // a plain edit without recomputing is a broken link, as before
        update("UPDATE candidate_deliberation SET notes = 'modifié' WHERE session_id = ? ORDER BY id LIMIT 1",
                s.sessionId());
        as("admin").get(verify(s)).then().statusCode(200).body("status", equalTo("BROKEN"))
                .body("chains.find { it.chain == 'DELIBERATION' }.firstBrokenId", notNullValue());
    }

    @Test
    void aScoresRewriteWithRecomputedHashesIsFoundAndLaterLinksAreUnsignedUntilTheNextCheckpoint()
            throws Exception {
        ScoringFixtures.Scenario s = signed();
        // links written after the checkpoint (a test fixture, as an appeal's re-reconciliation would)
        fixtures.agree(s.sessionId(), s.enrolment(1), 2, Verdict.ACQUIRED);
        as("jury").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("UNSIGNED"))
                .body("chains.find { it.chain == 'SCORES' }.signedRecords", equalTo(4))
                .body("chains.find { it.chain == 'SCORES' }.message", containsString("1 enregistrement(s)"));
        assertThat(checkpoints.checkpoint(s.sessionId(), AuditCheckpointService.PERIODIC)).isEqualTo(1);
        assertThat(checkpoints.checkpoint(s.sessionId(), AuditCheckpointService.PERIODIC)).isZero();
        as("jury").get(verify(s)).then().body("status", equalTo("OK"));

        rewriteScores(s.sessionId(), 1, Verdict.NOT_ACQUIRED);
        as("admin").get(verify(s)).then().statusCode(200)
                .body("status", equalTo("CHECKPOINT_MISMATCH"))
                .body("chains.find { it.chain == 'SCORES' }.status", equalTo("CHECKPOINT_MISMATCH"))
                .body("chains.find { it.chain == 'DELIBERATION' }.status", equalTo("OK"));
        // a juror who does not sit on the session does not see it
        as("jury3").get(verify(s)).then().statusCode(404);
    }

    @Test
    void rowsWrittenBeforeTheChainAreChainedAtStartUpInOrder() throws Exception {
        ScoringFixtures.Scenario s = signed();
        String head = QuarkusTransaction.requiringNew().call(() -> deliberations.chainHead(s.sessionId()));
        // as the migration V10_6_1 leaves the rows of before
        update("UPDATE candidate_deliberation SET previous_hash = NULL, hash = NULL WHERE session_id = ?",
                s.sessionId());
        QuarkusTransaction.requiringNew().run(backfill::backfill);
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliberations.chainHead(s.sessionId())))
                .isEqualTo(head);
        as("admin").get(verify(s)).then().statusCode(200).body("status", equalTo("OK"))
                .body("chains.find { it.chain == 'DELIBERATION' }.records", equalTo(3));
    }

    @Inject
    DeliberationChainBackfill backfill;

    @Inject
    fr.titrepro.shared.persistence.StartupTaskRepository tasks;

    @Test
    void theBackfillSearchesAtOneStartOnlyThenIsMarkedDone() throws Exception {
        ScoringFixtures.Scenario s = signed();
        String head = QuarkusTransaction.requiringNew().call(() -> deliberations.chainHead(s.sessionId()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.isDone(DeliberationChainBackfill.TASK)))
                .as("marked by this application's start").isTrue();
        update("UPDATE candidate_deliberation SET previous_hash = NULL, hash = NULL WHERE session_id = ?",
                s.sessionId());
        // a start after the mark looks for nothing (issue 14: no read of every decision at each start)
        backfill.onStart(null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliberations.chainHead(s.sessionId())))
                .isEqualTo(fr.titrepro.shared.audit.LinkHash.GENESIS);
        // without the mark (a database migrated from before the chain), the start chains the rows and marks it
        update("DELETE FROM startup_task WHERE name = ?", DeliberationChainBackfill.TASK);
        backfill.onStart(null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliberations.chainHead(s.sessionId())))
                .isEqualTo(head);
        assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.isDone(DeliberationChainBackfill.TASK))).isTrue();
    }

    @Test
    void twoJurorsDecidingAtOnceAppendOneAfterTheOther() throws Exception {
        sessions.centreOfStaff("centre");
        ScoringFixtures.Scenario s = scoring.scenario().inCentreOf("centre").trainees(2)
                .status(SessionStatus.DELIBERATION).create();
        for (int i = 0; i < 2; i++) {
            fixtures.agree(s.sessionId(), s.enrolment(i), 1, Verdict.ACQUIRED);
            fixtures.agree(s.sessionId(), s.enrolment(i), 2, Verdict.ACQUIRED);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int j = 0; j < 2; j++) {
                String juror = j == 0 ? "jury" : "jury2";
                long enrolment = s.enrolment(j);
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 5; k++) {
                        as(juror).body(decision("PRESENT", k % 2 == 0 ? "HELD_FAVOURABLY" : "HELD_UNFAVOURABLY"))
                                .put(path(s, "/deliberation/" + enrolment)).then().statusCode(200);
                    }
                }));
            }
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        as("admin").get(verify(s)).then().statusCode(200)
                .body("chains.find { it.chain == 'DELIBERATION' }.status", equalTo("UNSIGNED"))
                .body("chains.find { it.chain == 'DELIBERATION' }.records", equalTo(10));
    }

    /** What a DBA who knows the algorithm can do: change one row, recompute its hash and every later one. */
    void rewriteDeliberation(long sessionId, int index, String outcome) throws SQLException {
        List<DeliberationRepository.ChainEntry> chain = QuarkusTransaction.requiringNew()
                .call(() -> deliberations.chainOf(sessionId));
        String previous = index == 0 ? DecisionChain.GENESIS : chain.get(index - 1).hash();
        for (int i = index; i < chain.size(); i++) {
            CandidateDeliberation d = chain.get(i).deliberation();
            if (i == index) {
                d.outcome = Outcome.valueOf(outcome);
                update("UPDATE candidate_deliberation SET outcome = ? WHERE id = ?", outcome, d.id);
            }
            String hash = DeliberationChain.hash(previous, d);
            update("UPDATE candidate_deliberation SET previous_hash = ?, hash = ? WHERE id = ?", previous, hash, d.id);
            previous = hash;
        }
    }

    void rewriteScores(long sessionId, int index, Verdict verdict) throws SQLException {
        List<AgreedDecision> chain = QuarkusTransaction.requiringNew().call(() -> decisions.chainOf(sessionId));
        String previous = index == 0 ? DecisionChain.GENESIS : chain.get(index - 1).hash;
        for (int i = index; i < chain.size(); i++) {
            AgreedDecision d = chain.get(i);
            if (i == index) {
                d.decision = verdict;
                update("UPDATE agreed_decision SET decision = ? WHERE id = ?", verdict.name(), d.id);
            }
            String hash = DecisionChain.hash(previous, d.content());
            update("UPDATE agreed_decision SET previous_hash = ?, hash = ? WHERE id = ?", previous, hash, d.id);
            previous = hash;
        }
    }

    void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            assertThat(p.executeUpdate()).isPositive();
        }
    }
}
