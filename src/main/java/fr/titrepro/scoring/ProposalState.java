package fr.titrepro.scoring;

import java.time.Instant;

/** The stored state of a proposed decision: of a competency (section id and key), or of the grid's CCP. */
public record ProposalState(long id, long gridId, String key, Verdict decision, int version, Instant updatedAt,
                            String updatedBy) {

    static ProposalState of(GridSection s, long gridId) {
        return new ProposalState(s.id, gridId, s.sectionKey, s.proposedDecision, s.version, s.updatedAt, s.updatedBy);
    }

    static ProposalState of(EvaluationGrid g) {
        return new ProposalState(g.id, g.id, g.partKey, g.proposedDecision, g.version, g.updatedAt, g.updatedBy);
    }
}
