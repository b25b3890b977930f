package fr.titrepro.deliberation;

import fr.titrepro.session.enrolment.Outcome;
import java.util.List;
import java.util.SortedSet;

/**
 * The computed outcome and what it rests on, in the numbering of the session's title version.
 *
 * @param acquiredNow        CCPs acquired at this session
 * @param heldAfter          every CCP held after the session: this session's and those held before, directly or
 *                           through a correspondence table
 * @param missing            CCPs of the title still missing
 * @param finalInterviewDue  true at a session titre, at the session that completes the title, at a CCS session and
 *                           for a candidate enrolled for the entretien final alone
 * @param finalInterview     what happened at the entretien final (null when it was not due)
 * @param notes              French sentences explaining the outcome (correspondences applied, rule that blocked…)
 */
public record DeliberationResult(Outcome outcome, SortedSet<Integer> acquiredNow, SortedSet<Integer> heldAfter,
                                 SortedSet<Integer> missing, boolean finalInterviewDue,
                                 FinalInterview finalInterview, List<String> notes) {

    public DeliberationResult {
        notes = List.copyOf(notes);
    }

    /** The entretien final took place (whatever the jury then decided): no title nor CCS without it. */
    public boolean finalInterviewHeld() {
        return finalInterview == FinalInterview.HELD_FAVOURABLY || finalInterview == FinalInterview.HELD_UNFAVOURABLY;
    }

    public boolean titleObtained() {
        return outcome == Outcome.FULL_SUCCESS;
    }

    public boolean ccsObtained() {
        return outcome == Outcome.CCS_OBTAINED;
    }
}
