package fr.titrepro.scoring;

import java.time.Instant;

/**
 * The stored state of one line of a grid, as a save answers it (and as a 409 reports it): the score of a scored line,
 * or whether a consulted piece of evidence (DP, ECF) was consulted.
 */
public record ScoreState(long id, long gridId, String key, ScoreValue value, Boolean consulted, String observation,
                         int version, Instant updatedAt, String updatedBy) {

    static ScoreState of(GridCriterion c, long gridId) {
        return new ScoreState(c.id, gridId, c.itemKey, c.score, c.consulted, c.observation, c.version, c.updatedAt,
                c.updatedBy);
    }
}
