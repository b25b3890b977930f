package fr.titrepro.scoring.history;

import java.time.Instant;

/**
 * One change of a grid, from the Envers history: a score (before → after, with the observations), a proposed
 * decision, or the submission.
 *
 * @param kind SCORE, CONSULTATION (DP, ECF: CONSULTED / NOT_CONSULTED), COMPETENCY_PROPOSAL, GRID_PROPOSAL or
 *             SUBMISSION
 */
public record GridHistoryEntry(long revision, Instant at, String by, String kind, String key, String subject,
                               String before, String beforeObservation, String after, String afterObservation) {
}
