package fr.titrepro.deliberation.api;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationInput;

import java.time.LocalDate;
import java.util.Map;

/** The JSON bodies of the deliberation API, as sent; {@link DeliberationInput} turns them into typed commands. */
public final class DeliberationRequests {

    private DeliberationRequests() {
    }

    /** attendance PRESENT/ABSENT/EXCUSED; finalInterview HELD_FAVOURABLY/HELD_UNFAVOURABLY/NOT_HELD. */
    public record Decision(String attendance, String finalInterview, String fraudReport, String outcome,
                           String overrideReason) {
        DeliberationCommands.Decision command() {
            return DeliberationInput.decision(attendance, finalInterview, fraudReport, outcome, overrideReason);
        }
    }

    /** ccpDecisions by CCP number ("1" → "ACQUIRED"; "CCS" for a CCS); CCPs not given keep the previous decision. */
    public record Redeliberation(Map<String, String> ccpDecisions, String attendance, String finalInterview,
                                 String fraudReport, String outcome, String overrideReason, String reason) {
        DeliberationCommands.Redeliberation command() {
            return DeliberationInput.redeliberation(ccpDecisions, attendance, finalInterview, fraudReport, outcome,
                    overrideReason, reason);
        }
    }

    /** An incident of the session ({@code enrolmentId} null) or of one candidate. */
    public record Incident(Long enrolmentId, String description) {
        DeliberationCommands.Incident command() {
            return DeliberationInput.incident(enrolmentId, description);
        }
    }

    /** A recours gracieux received for a candidate of the session. */
    public record NewAppeal(Long enrolmentId, LocalDate receivedOn, String motive) {
        DeliberationCommands.NewAppeal command() {
            return DeliberationInput.appeal(enrolmentId, receivedOn, motive);
        }
    }
}
