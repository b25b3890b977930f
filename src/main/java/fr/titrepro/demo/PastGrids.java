package fr.titrepro.demo;

import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.GridCriterion;
import fr.titrepro.scoring.GridGenerator;
import fr.titrepro.scoring.GridSection;
import fr.titrepro.scoring.GridStatus;
import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.AgreedDecision;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import fr.titrepro.scoring.reconciliation.DecisionChain;
import fr.titrepro.scoring.reconciliation.DecisionScope;
import fr.titrepro.session.ExamSession;
import fr.titrepro.session.enrolment.Enrolment;
import fr.titrepro.shared.audit.LinkHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The grids of a present candidate of the demo history, handed in by both jurors, and the jury's agreed decisions
 * (each competency, then each CCP) chained as the reconciliation chains them. The grids come from the scoring's
 * {@link GridGenerator}: the lines are those of the TRI référentiel. Runs inside {@link PastSessionWriter}'s
 * transaction.
 */
@ApplicationScoped
public class PastGrids {

    @Inject
    GridGenerator generator;

    @Inject
    AgreedDecisionRepository decisions;

    /** The head of a session's decision chain, kept here rather than read back after each decision. */
    public static final class Chain {
        String head = DecisionChain.GENESIS;
    }

    /** Scores the candidate's grids and records the jury's decisions; returns the CCP decisions by number. */
    public Map<Integer, Boolean> score(ExamSession s, Enrolment e, HistoryPlan.PastCandidate who, int juryPair,
                                       Random random, Instant at, Chain chain) {
        Map<String, List<EvaluationGrid>> byPart = new LinkedHashMap<>();
        // filled before any flush: each line is inserted once, with its score (no update, no second audit row)
        for (EvaluationGrid g : generator.generate(s, e)) {
            byPart.computeIfAbsent(g.partKey, k -> new ArrayList<>()).add(g);
        }
        String by = s.jury.getFirst().juror.username;
        Map<Integer, Boolean> ccps = new LinkedHashMap<>();
        for (List<EvaluationGrid> part : byPart.values()) {
            part.sort((a, b) -> Long.compare(jurorRank(s, a.jurorId), jurorRank(s, b.jurorId)));
            EvaluationGrid first = part.getFirst();
            int notAcquired = 0;
            for (GridSection section : first.sections) {
                if (!section.kind.isCompetency()) {
                    continue;
                }
                boolean[] divergent = {false};
                int notMet = 0;
                for (GridCriterion c : section.criteria) {
                    ScoreValue agreed = HistoryPlan.reading(c.itemKey, who, random);
                    ScoreValue second = agreed == ScoreValue.NOT_OBSERVED ? agreed
                            : HistoryPlan.secondReading(agreed, juryPair, random);
                    notMet += agreed == ScoreValue.NOT_MET ? 1 : 0;
                    divergent[0] |= second != agreed;
                    c.score = agreed;
                    part.stream().skip(1).forEach(g -> line(g, section.sectionKey, c.itemKey).score = second);
                }
                boolean acquired = HistoryPlan.competencyAcquired(section.criteria.size(), notMet);
                notAcquired += acquired ? 0 : 1;
                agree(chain, s, e, first.partKey, DecisionScope.COMPETENCY, section.sectionKey, section.title,
                        acquired, divergent[0], by, at);
            }
            boolean ccp = HistoryPlan.ccpAcquired(notAcquired);
            ccps.put(first.ccpNumber, ccp);
            agree(chain, s, e, first.partKey, DecisionScope.CCP, first.partKey, s.ccp(first.ccpNumber).name, ccp,
                    false, by, at);
            part.forEach(g -> handIn(g, ccp, s, at));
        }
        return ccps;
    }

    private static long jurorRank(ExamSession s, long jurorId) {
        for (int i = 0; i < s.jury.size(); i++) {
            if (s.jury.get(i).juror.id == jurorId) {
                return i;
            }
        }
        return Long.MAX_VALUE;
    }

    private static GridCriterion line(EvaluationGrid g, String sectionKey, String itemKey) {
        return g.sections.stream().filter(x -> x.sectionKey.equals(sectionKey)).flatMap(x -> x.criteria.stream())
                .filter(x -> x.itemKey.equals(itemKey)).findFirst().orElseThrow();
    }

    /** The épreuves follow the CCP decision, the evidence is consulted, each competency proposed from its lines. */
    private static void handIn(EvaluationGrid g, boolean ccp, ExamSession s, Instant at) {
        String by = s.jury.stream().filter(m -> m.juror.id == g.jurorId).findFirst().orElseThrow().juror.username;
        for (GridSection section : g.sections) {
            Map<ScoreValue, Integer> counts = new HashMap<>();
            for (GridCriterion c : section.criteria) {
                if (section.kind.isConsulted()) {
                    c.consulted = true;
                } else if (!section.kind.isCompetency()) {
                    c.score = ccp ? ScoreValue.MET : ScoreValue.NOT_MET;
                }
                counts.merge(c.score == null ? ScoreValue.MET : c.score, 1, Integer::sum);
                c.updatedAt = at;
                c.updatedBy = by;
            }
            if (section.kind.isCompetency()) {
                section.proposedDecision = HistoryPlan.competencyAcquired(section.criteria.size(),
                        counts.getOrDefault(ScoreValue.NOT_MET, 0)) ? Verdict.ACQUIRED : Verdict.NOT_ACQUIRED;
                section.updatedAt = at;
                section.updatedBy = by;
            }
        }
        g.proposedDecision = ccp ? Verdict.ACQUIRED : Verdict.NOT_ACQUIRED;
        g.status = GridStatus.SUBMITTED;
        g.submittedAt = at;
        g.updatedAt = at;
        g.updatedBy = by;
    }

    private void agree(Chain chain, ExamSession s, Enrolment e, String partKey, DecisionScope scope, String subjectKey,
                       String subject, boolean acquired, boolean divergent, String by, Instant at) {
        AgreedDecision d = new AgreedDecision();
        d.sessionId = s.id;
        d.enrolmentId = e.id;
        d.partKey = partKey;
        d.scope = scope;
        d.subjectKey = subjectKey;
        d.subject = subject;
        d.decision = acquired ? Verdict.ACQUIRED : Verdict.NOT_ACQUIRED;
        d.divergent = divergent;
        d.decidedBy = by;
        d.decidedAt = LinkHash.truncate(at);
        d.previousHash = chain.head;
        d.hash = DecisionChain.hash(d.previousHash, d.content());
        chain.head = d.hash;
        decisions.persist(d);
    }
}
