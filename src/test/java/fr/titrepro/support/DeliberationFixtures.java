package fr.titrepro.support;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.AgreedDecision;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.scoring.reconciliation.DecisionChain;
import fr.titrepro.scoring.reconciliation.DecisionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Test data of the deliberation: the jury's agreed CCP decisions written straight into the session's hash chain,
 * as the reconciliation (tested on its own in scoring) would have recorded them.
 */
@ApplicationScoped
public class DeliberationFixtures {

    @Inject
    AgreedDecisionRepository decisions;

    /** The jury agreed {@code verdict} on CCP {@code ccp} of the enrolment. */
    @Transactional
    public void agree(long sessionId, long enrolmentId, int ccp, Verdict verdict) {
        append(sessionId, enrolmentId, "CCP" + ccp, "CCP " + ccp, verdict);
    }

    /** The jury agreed {@code verdict} on the CCS of the enrolment (CCS session). */
    @Transactional
    public void agreeCcs(long sessionId, long enrolmentId, String ccsCode, Verdict verdict) {
        append(sessionId, enrolmentId, "CCS-" + ccsCode, "CCS " + ccsCode, verdict);
    }

    private void append(long sessionId, long enrolmentId, String partKey, String subject, Verdict verdict) {
        AgreedDecision d = new AgreedDecision();
        d.sessionId = sessionId;
        d.enrolmentId = enrolmentId;
        d.partKey = partKey;
        d.scope = DecisionScope.CCP;
        d.subjectKey = partKey;
        d.subject = subject;
        d.decision = verdict;
        d.reason = null;
        d.divergent = false;
        d.againstCriteria = false;
        d.decidedBy = "test";
        d.decidedAt = fr.titrepro.shared.audit.LinkHash.truncate(Instant.now());
        d.previousHash = decisions.lastOf(sessionId).map(x -> x.hash).orElse(DecisionChain.GENESIS);
        d.hash = DecisionChain.hash(d.previousHash, d.content());
        decisions.persist(d);
    }

    /** Every candidate of the scenario present with a favourable entretien final, then jury and jury2 sign: CLOSED. */
    public static void decideAllAndSign(ScoringFixtures.Scenario s, int candidates) {
        for (int i = 0; i < candidates; i++) {
            ScoringFixtures.as("jury").body(decision("PRESENT", "HELD_FAVOURABLY"))
                    .put(path(s, "/deliberation/" + s.enrolment(i))).then().statusCode(200);
        }
        ScoringFixtures.as("jury").post(path(s, "/pv/signatures")).then().statusCode(200);
        ScoringFixtures.as("jury2").post(path(s, "/pv/signatures")).then().statusCode(200);
    }

    /** The API path of a session's deliberation resource: {@code /api/sessions/{id}} + {@code rest}. */
    public static String path(ScoringFixtures.Scenario s, String rest) {
        return "/api/sessions/" + s.sessionId() + rest;
    }

    /** A decision body: attendance and entretien final (either may be null); add outcome, reasons… as needed. */
    public static java.util.Map<String, Object> decision(String attendance, String finalInterview) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("attendance", attendance);
        body.put("finalInterview", finalInterview);
        return body;
    }
}
