package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.SectionKind;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.SessionStatus;

import java.time.Instant;
import java.util.List;

/**
 * The jurors' grids of one candidate side by side, with the divergences and the jury's agreed decisions: what the
 * reconciliation page and the API show. Only handed-in grids of jurors without a declared link with the candidate
 * are shown.
 *
 * @param ready          every juror without a declared link has handed in their grids
 * @param juryIncomplete why the jury cannot decide (fewer jurors without conflict than the regulation's minimum:
 *                       {@link fr.titrepro.session.jury.JuryQuorum}), null when it can
 */
public record ReconciliationSheet(long sessionId, String sessionLabel, SessionStatus sessionStatus, long enrolmentId,
                                  String candidateName, List<String> accommodations, List<JurorColumn> jurors,
                                  boolean ready, String juryIncomplete, List<Part> parts, boolean chainIntact) {

    /** A juror of the candidate (no declared link), and how far they are. */
    public record JurorColumn(long jurorId, String name, boolean submitted, long scored, long total, boolean me) {
    }

    /** One juror's score of a line, or whether they consulted a DP / ECF (absent while their grid is not handed in). */
    public record Score(long jurorId, ScoreValue value, Boolean consulted, String observation) {
    }

    public record Line(String key, String text, List<Score> scores, boolean divergent) {
    }

    public record Proposal(long jurorId, Verdict decision) {
    }

    public record Agreed(Verdict decision, String reason, String decidedBy, Instant decidedAt, boolean divergent,
                         boolean againstCriteria) {
        static Agreed of(AgreedDecision d) {
            return d == null ? null : new Agreed(d.decision, d.reason, d.decidedBy, d.decidedAt, d.divergent,
                    d.againstCriteria);
        }
    }

    /**
     * @param indicated               what the criteria say when the jurors do not diverge on them
     * @param reasonIfAcquired        a reason is required to decide "acquired"
     * @param reasonIfNotAcquired     a reason is required to decide "not acquired"
     */
    public record CompetencyBlock(String key, SectionKind kind, String title, List<Line> criteria,
                                  List<Proposal> proposals, boolean divergent, Verdict indicated,
                                  boolean reasonIfAcquired, boolean reasonIfNotAcquired, Agreed agreed) {
    }

    /**
     * An épreuve block, or evidence the jury consults ({@code consulted}: DP, ECF), shown for information: never a
     * divergence, never a reason to give.
     */
    public record EvidenceBlock(String key, SectionKind kind, String title, boolean consulted, List<Line> lines,
                                boolean divergent) {
    }

    /** @param competenciesDecided every competency has an agreed decision: the CCP can be decided */
    public record Part(String partKey, Integer ccpNumber, String title, List<CompetencyBlock> competencies,
                       List<EvidenceBlock> evidence, List<Proposal> proposals, boolean divergent,
                       boolean competenciesDecided, boolean reasonIfAcquired, boolean reasonIfNotAcquired,
                       Agreed agreed) {
    }
}
