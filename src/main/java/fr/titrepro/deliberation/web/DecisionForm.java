package fr.titrepro.deliberation.web;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationInput;
import fr.titrepro.shared.web.Forms;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/**
 * A candidate's decision form of the deliberation page as posted (issue 17), read into the command the API takes too
 * ({@link DeliberationInput}); kept as typed to show the form again with its refusals.
 */
public class DecisionForm {

    @RestForm
    public String attendance;
    @RestForm
    public String finalInterview;
    @RestForm
    public String fraudReport;
    @RestForm
    public String outcome;
    @RestForm
    public String overrideReason;

    Map<String, String> values() {
        return Forms.typed("attendance", attendance, "finalInterview", finalInterview, "fraudReport", fraudReport,
                "outcome", outcome, "overrideReason", overrideReason);
    }

    /** The command; a value that cannot be read refuses the form on its field. */
    DeliberationCommands.Decision command() {
        return DeliberationInput.decision(attendance, finalInterview, fraudReport, outcome, overrideReason);
    }
}
