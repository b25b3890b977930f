package fr.titrepro.scoring;

import java.time.Instant;

/** The stored state of one line of a grid, as a save answers it (and as a 409 reports it). */
public record ScoreState(long id, long gridId, String key, ScoreValue value, String observation, int version,
                         Instant updatedAt, String updatedBy) {

    static ScoreState of(GridCriterion c, long gridId) {
        return new ScoreState(c.id, gridId, c.itemKey, c.score, c.observation, c.version, c.updatedAt, c.updatedBy);
    }
}
