package fr.titrepro.scoring.api;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.GridCriterion;
import fr.titrepro.scoring.GridSection;
import fr.titrepro.scoring.GridService;
import fr.titrepro.scoring.GridStatus;
import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.SectionKind;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.scoring.reconciliation.ReconciliationService;
import fr.titrepro.session.SessionStatus;

import java.time.Instant;
import java.util.List;

/** The grids as the API shows them: records only, never entities. */
public final class ScoringViews {

    private ScoringViews() {
    }

    /** @param consulted of a consulted piece of evidence (DP, ECF): consulted or not, null when not said */
    public record CriterionView(long id, String key, int position, String text, ScoreValue value, Boolean consulted,
                                String observation, int version, Instant updatedAt, String updatedBy) {
        static CriterionView of(GridCriterion c) {
            return new CriterionView(c.id, c.itemKey, c.position, c.text, c.score, c.consulted, c.observation,
                    c.version, c.updatedAt, c.updatedBy);
        }
    }

    /**
     * @param competency a competency: scored per criterion and given a proposed decision
     * @param scored     its lines are scored (competencies, épreuves) and required to hand the grid in
     * @param consulted  evidence the jury consults (DP, ECF): « consulté » and an observation, no score
     */
    public record SectionView(long id, String key, SectionKind kind, String kindLabel, String title,
                              String description, boolean competency, boolean scored, boolean consulted,
                              Verdict proposedDecision, int version, List<CriterionView> criteria) {
        static SectionView of(GridSection s) {
            return new SectionView(s.id, s.sectionKey, s.kind, s.kind.label(), s.title, s.description,
                    s.kind.isCompetency(), s.kind.isScored(), s.kind.isConsulted(), s.proposedDecision, s.version,
                    s.criteria.stream().map(CriterionView::of).toList());
        }
    }

    public record GridView(long id, long sessionId, long enrolmentId, String partKey, Integer ccpNumber, String title,
                           GridStatus status, Instant submittedAt, Verdict proposedDecision, int version, long scored,
                           long total, List<SectionView> sections) {
        static GridView of(EvaluationGrid g) {
            return new GridView(g.id, g.sessionId, g.enrolmentId, g.partKey, g.ccpNumber, g.title, g.status,
                    g.submittedAt, g.proposedDecision, g.version, g.scoredCount(), g.criterionCount(),
                    g.shownSections().map(SectionView::of).toList());
        }
    }

    public record CandidateView(long id, String reference, String name, String pathway, List<String> accommodations) {
        static CandidateView of(Candidate c) {
            return new CandidateView(c.id, c.reference, c.fullName(), c.pathway.label(),
                    ReconciliationService.accommodations(c));
        }
    }

    /** A juror's grids of one candidate (one per CCP taken). */
    public record MyGridsView(long sessionId, String sessionLabel, SessionStatus sessionStatus, long enrolmentId,
                              CandidateView candidate, String juror, boolean reconciliationOpen, List<GridView> grids) {
        static MyGridsView of(GridService.CandidateGrids g) {
            return new MyGridsView(g.session().id, g.session().label(), g.session().status, g.enrolment().id,
                    CandidateView.of(g.enrolment().candidate), g.juror().fullName(), g.reconciliationOpen(),
                    g.grids().stream().map(GridView::of).toList());
        }
    }

    /**
     * The audit chains of a session (scores, deliberation) checked link by link and against their signed
     * checkpoints: the worst status of the chains, where it is, and each chain's own report.
     */
    public record VerificationView(long sessionId, String status, int records, Long firstBrokenId, Long checkpointId,
                                   String message, List<ChainView> chains) {
    }

    /** @param status OK, UNSIGNED, CHECKPOINT_MISMATCH, CHECKPOINT_INVALID, BROKEN */
    public record ChainView(String chain, String status, int records, Long firstBrokenId, Long checkpointId,
                            int signedRecords, java.time.Instant lastCheckpoint, String message) {
    }
}
