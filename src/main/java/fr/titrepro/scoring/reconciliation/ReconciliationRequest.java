package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.GridSection;
import fr.titrepro.scoring.ScoreValidationPolicy;
import fr.titrepro.scoring.ScoringCommands;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The agreed decisions a juror sends for a candidate ({@link ReconciliationService#decide}), checked for their form
 * against the juror's own grids: every error listed at once, nothing recorded when one is wrong.
 */
final class ReconciliationRequest {

    private ReconciliationRequest() {
    }

    /** A decision of the request, checked for its form. */
    record Parsed(int index, String partKey, DecisionScope scope, String subjectKey, String subject,
                          Verdict verdict, String reason) {
        ReconciliationPolicy.Proposed proposed() {
            return new ReconciliationPolicy.Proposed(index, scope, subjectKey, verdict, reason);
        }
    }

    static List<Parsed> parse(ScoringCommands.Decisions request, Map<String, EvaluationGrid> myGrids) {
        List<FieldError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        if (request == null || request.decisions() == null || request.decisions().isEmpty()) {
            throw ProblemException.invalidField("decisions", "Indiquez au moins une décision.");
        }
        for (int i = 0; i < request.decisions().size(); i++) {
            ScoringCommands.Decision d = request.decisions().get(i);
            String path = "decisions[" + i + "]";
            EvaluationGrid grid = d.partKey() == null ? null : myGrids.get(d.partKey());
            DecisionScope scope = d.scope() == null ? null : switch (d.scope().strip().toUpperCase()) {
                case "COMPETENCY" -> DecisionScope.COMPETENCY;
                case "CCP" -> DecisionScope.CCP;
                default -> null;
            };
            Verdict verdict = Verdict.parse(d.decision());
            int before = errors.size();
            if (grid == null) {
                errors.add(new FieldError(path + ".partKey", "Partie inconnue « " + d.partKey() + " » : "
                        + String.join(", ", myGrids.keySet()) + "."));
            }
            if (scope == null) {
                errors.add(new FieldError(path + ".scope", "Portée inconnue : COMPETENCY ou CCP."));
            }
            if (verdict == null) {
                errors.add(new FieldError(path + ".decision", "Décision inconnue : ACQUIRED ou NOT_ACQUIRED."));
            }
            String reason = ScoreValidationPolicy.normalize(d.reason());
            if (reason != null && reason.length() > ScoreValidationPolicy.OBSERVATION_MAX) {
                errors.add(new FieldError(path + ".reason", "Le motif ne doit pas dépasser "
                        + ScoreValidationPolicy.OBSERVATION_MAX + " caractères."));
            }
            String subjectKey = null;
            String subject = null;
            if (grid != null && scope == DecisionScope.COMPETENCY) {
                GridSection section = grid.sections.stream()
                        .filter(s -> s.kind.isCompetency() && s.sectionKey.equals(d.subjectKey())).findFirst()
                        .orElse(null);
                if (section == null) {
                    errors.add(new FieldError(path + ".subjectKey", "Compétence inconnue « " + d.subjectKey()
                            + " » dans " + grid.title + "."));
                } else {
                    subjectKey = section.sectionKey;
                    subject = grid.title + " – " + section.title;
                }
            } else if (grid != null && scope == DecisionScope.CCP) {
                subjectKey = grid.partKey;
                subject = grid.title;
            }
            if (errors.size() == before) {
                parsed.add(new Parsed(i, grid.partKey, scope, subjectKey, subject, verdict, d.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Les décisions ne sont pas enregistrées : " + errors.getFirst().message(),
                    errors);
        }
        return parsed;
    }
}
