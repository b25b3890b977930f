package fr.titrepro.deliberation;

import java.time.LocalDate;
import java.util.Map;

/** What the jury and the administration send, as records (API edge). Values are checked by the services. */
public final class DeliberationCommands {

    private DeliberationCommands() {
    }

    /**
     * The jury's deliberation on one candidate. The CCP decisions come from the reconciled grids (scoring).
     *
     * @param attendance     PRESENT, ABSENT or EXCUSED
     * @param finalInterview HELD_FAVOURABLY, HELD_UNFAVOURABLY or NOT_HELD; required when it was due
     * @param fraudReport    the written report of a fraud, or empty
     * @param outcome        the outcome retained when the jury departs from the computed one, or empty
     * @param overrideReason the written reason of that departure (printed in the PV)
     */
    public record Decision(String attendance, String finalInterview, String fraudReport, String outcome,
                           String overrideReason) {
    }

    /** An incident of the session; {@code enrolmentId} null for the session as a whole. */
    public record Incident(Long enrolmentId, String description) {
    }

    /** A recours gracieux received for a candidate of the session. */
    public record NewAppeal(Long enrolmentId, LocalDate receivedOn, String motive) {
    }

    /**
     * The jury's new decision after an appeal.
     *
     * @param ccpDecisions the CCP decisions re-examined, by CCP number ("1" → "ACQUIRED"; "CCS" for a CCS); CCPs not
     *                     given keep the previous decision
     * @param reason       the jury's written reason for its new decision
     */
    public record Redeliberation(Map<String, String> ccpDecisions, String attendance, String finalInterview,
                                 String fraudReport, String outcome, String overrideReason, String reason) {
    }
}
