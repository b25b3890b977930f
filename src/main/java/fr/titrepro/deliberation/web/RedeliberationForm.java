package fr.titrepro.deliberation.web;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationInput;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of the jury's new decision on an appeal as posted (issue 17): a decision's fields, the CCP decisions and
 * the reason. Each CCP (or the CCS) of the candidate is a pair: its key in {@code ccpKeys} (a hidden input) and the
 * decision of its select in {@code ccpDecisions}, in the same order; a blank decision is no decision. Kept as typed
 * ({@code ccpDecisions.1}…) to show the form again.
 */
public class RedeliberationForm extends DecisionForm {

    static final String CCP_FIELD = "ccpDecisions.";

    @RestForm
    public List<String> ccpKeys = new ArrayList<>();
    @RestForm
    public List<String> ccpDecisions = new ArrayList<>();
    @RestForm
    public String reason;

    @Override
    Map<String, String> values() {
        Map<String, String> values = super.values();
        if (reason != null) {
            values.put("reason", reason);
        }
        pairs().forEach((key, decision) -> values.put(CCP_FIELD + key, decision));
        return values;
    }

    /** The command; a value that cannot be read refuses the form on its field ({@code ccpDecisions.1}…). */
    DeliberationCommands.Redeliberation redeliberation() {
        Map<String, String> ccps = new LinkedHashMap<>();
        pairs().forEach((key, decision) -> {
            if (!decision.isBlank()) {
                ccps.put(key, decision);
            }
        });
        return DeliberationInput.redeliberation(ccps, attendance, finalInterview, fraudReport, outcome,
                overrideReason, reason);
    }

    /** Each CCP key with its decision as posted; a key without a decision (a form the page did not write) is none. */
    private Map<String, String> pairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(ccpKeys.size(), ccpDecisions.size()); i++) {
            if (ccpKeys.get(i) != null && ccpDecisions.get(i) != null) {
                pairs.put(ccpKeys.get(i), ccpDecisions.get(i));
            }
        }
        return pairs;
    }
}
