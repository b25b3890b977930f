package fr.titrepro.scoring.web;

import fr.titrepro.scoring.reconciliation.ReconciliationSheet;
import fr.titrepro.shared.web.Choice;
import fr.titrepro.shared.web.FormErrors;

import java.util.List;
import java.util.Map;

/**
 * The reconciliation forms: what each field shows (the value just posted, else the decision in force) and its
 * error, keyed "PART.field" (e.g. "CCP1.reason_C3").
 */
public record DecisionForm(ReconciliationSheet sheet, Map<String, String> values, FormErrors errors) {

    private static final String REASON = " (motif obligatoire)";

    /** The two decisions of a competency (« Acquise ») or of the CCP (« Acquis »), with the reason they require. */
    public List<Choice> choices(boolean ccp, boolean reasonIfAcquired, boolean reasonIfNotAcquired) {
        String e = ccp ? "" : "e";
        return List.of(new Choice("ACQUIRED", "Acquis" + e + (reasonIfAcquired ? REASON : "")),
                new Choice("NOT_ACQUIRED", "Non acquis" + e + (reasonIfNotAcquired ? REASON : "")));
    }

    /** The decision to show selected for a competency key, or "CCP". */
    public String selected(String partKey, String key) {
        String posted = partKey + ".decision_" + key;
        if (values.containsKey(posted)) {
            return values.get(posted);
        }
        ReconciliationSheet.Agreed agreed = agreed(partKey, key);
        return agreed == null ? "" : agreed.decision().name();
    }

    public String reason(String partKey, String key) {
        String posted = partKey + ".reason_" + key;
        if (values.containsKey(posted)) {
            return values.get(posted);
        }
        ReconciliationSheet.Agreed agreed = agreed(partKey, key);
        return agreed == null || agreed.reason() == null ? "" : agreed.reason();
    }

    public String error(String partKey, String field) {
        return errors.field(partKey + "." + field);
    }

    /** The error on the decision of a competency key, or "CCP". */
    public String decisionError(String partKey, String key) {
        return error(partKey, "decision_" + key);
    }

    /** The error on the reason of a competency key, or "CCP". */
    public String reasonError(String partKey, String key) {
        return error(partKey, "reason_" + key);
    }

    private ReconciliationSheet.Agreed agreed(String partKey, String key) {
        for (ReconciliationSheet.Part p : sheet.parts()) {
            if (!p.partKey().equals(partKey)) {
                continue;
            }
            if (key.equals("CCP")) {
                return p.agreed();
            }
            return p.competencies().stream().filter(c -> c.key().equals(key)).findFirst()
                    .map(ReconciliationSheet.CompetencyBlock::agreed).orElse(null);
        }
        return null;
    }
}
