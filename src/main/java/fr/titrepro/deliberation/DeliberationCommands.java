package fr.titrepro.deliberation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.session.enrolment.Outcome;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the jury and the administration decide, as typed values: the {@code api/} and {@code web/} edges parse the
 * request or the form once ({@link DeliberationInput}) and the services receive these records.
 */
public final class DeliberationCommands {

    private DeliberationCommands() {
    }

    /**
     * The jury's deliberation on one candidate. The CCP decisions come from the reconciled grids (scoring).
     *
     * @param attendance     present, absent or excused (required)
     * @param finalInterview what happened at the entretien final; required when it was due
     * @param fraudReport    the written report of a fraud, or null
     * @param outcome        the outcome retained when the jury departs from the computed one, or null
     * @param overrideReason the written reason of that departure (printed in the PV)
     */
    public record Decision(Attendance attendance, FinalInterview finalInterview, String fraudReport, Outcome outcome,
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
     * @param ccpDecisions the CCP decisions re-examined, by CCP number; CCPs not given keep the previous decision
     * @param ccsDecision  the CCS decision re-examined, or null to keep it
     * @param attendance   null to keep the previous one
     * @param finalInterview null to keep the previous one
     * @param reason       the jury's written reason for its new decision
     */
    public record Redeliberation(Map<Integer, Verdict> ccpDecisions, Verdict ccsDecision,
                                 Attendance attendance, FinalInterview finalInterview, String fraudReport,
                                 Outcome outcome, String overrideReason, String reason) {
        public Redeliberation {
            ccpDecisions = ccpDecisions == null ? Map.of() : Map.copyOf(ccpDecisions);
        }
    }
}
