package fr.titrepro.deliberation;

import java.util.List;
import java.util.SortedSet;

/**
 * The computed outcome and what it rests on, in the numbering of the session's title version.
 *
 * @param acquiredNow        CCPs acquired at this session
 * @param heldAfter          every CCP held after the session: this session's and those held before, directly or
 *                           through a correspondence table
 * @param missing            CCPs of the title still missing
 * @param finalInterviewDue  true at a session titre and at the session that completes the title
 * @param notes              French sentences explaining the outcome (correspondences applied, rule that blocked…)
 */
public record DeliberationResult(Outcome outcome, SortedSet<Integer> acquiredNow, SortedSet<Integer> heldAfter,
                                 SortedSet<Integer> missing, boolean finalInterviewDue, List<String> notes) {

    public DeliberationResult {
        notes = List.copyOf(notes);
    }

    public boolean titleObtained() {
        return outcome == Outcome.FULL_SUCCESS;
    }

    public boolean ccsObtained() {
        return outcome == Outcome.CCS_OBTAINED;
    }
}
