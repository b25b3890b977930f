package fr.titrepro.scoring;

import java.util.List;

/** What jurors send: request bodies of the API, and the forms of the pages. */
public final class ScoringCommands {

    private ScoringCommands() {
    }

    /** A criterion's score: value MET / NOT_MET / NOT_OBSERVED, observation, and the version it was based on. */
    public record Score(String value, String observation, Integer baseVersion) {
    }

    /**
     * Evidence the jury consults (DP, ECF): consulted true / false (null: not said), an observation, and the version
     * it was based on.
     */
    public record Consultation(Boolean consulted, String observation, Integer baseVersion) {
    }

    /** A proposed decision (competency or CCP) of one juror: ACQUIRED / NOT_ACQUIRED. */
    public record Proposal(String decision, Integer baseVersion) {
    }

    /**
     * An agreed decision of the jury: scope COMPETENCY (subjectKey: the competency's key, e.g. "C3", "T1") or CCP
     * (subjectKey may be omitted), in the part (partKey, e.g. "CCP1").
     */
    public record Decision(String partKey, String scope, String subjectKey, String decision, String reason) {
    }

    public record Decisions(List<Decision> decisions) {
    }
}
