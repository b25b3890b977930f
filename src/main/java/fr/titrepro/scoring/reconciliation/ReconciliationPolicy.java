package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.ScoreValidationPolicy;
import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.SectionKind;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.shared.error.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reconciliation of the jurors' grids (DOMAIN "Sessions and evaluation": each juror scores independently, divergences
 * are resolved in deliberation and the agreed decision is recorded with its reason). Per CCP the jury decides from
 * the épreuves of the RC; the dossier professionnel and the ECF results are evidence it consults, not pass/fail items
 * (fiche TP-00496 l. 104-108), and the entretien final serves the title decision only (fiche l. 94, 110): neither
 * ever weighs here. Pure.
 * <ul>
 * <li>A criterion diverges when the jurors' scores differ.</li>
 * <li>A competency diverges when one of its criteria diverges or when the jurors' proposed decisions differ. Its
 * criteria indicate "acquired" when every criterion is met by every juror, "not acquired" otherwise (when they do
 * not diverge).</li>
 * <li>A CCP diverges when the jurors' proposed decisions differ or when they score an épreuve differently. Its
 * decision is taken after one on each of its competencies.</li>
 * <li>A reason is required where the jurors diverged, and where the decision goes against the criteria: a competency
 * acquired although not every criterion is met, or not acquired although every one is; a CCP acquired although a
 * competency is not acquired or an épreuve is unanimously not conclusive, or not acquired although every competency
 * is acquired and no épreuve is against it. The consulted evidence (DP, ECF), consulted or not, and a legacy
 * entretien final line are no divergence, no evidence against, no reason to give.</li>
 * </ul>
 */
public final class ReconciliationPolicy {

    public record CompetencyShape(String key, List<String> criterionKeys) {
    }

    /** A line outside the competencies: an épreuve, consulted evidence (DP, ECF), a legacy entretien final line. */
    public record EvidenceLine(String key, SectionKind kind) {
    }

    /** The lines of a part (a CCP), the same in every juror's grid (grids are copies of one snapshot). */
    public record PartShape(List<CompetencyShape> competencies, List<EvidenceLine> evidence) {
    }

    /** What one juror handed in for the part. */
    public record JurorScores(long jurorId, Map<String, ScoreValue> scores, Map<String, Verdict> competencyProposals,
                              Verdict ccpProposal) {
    }

    /** A line across jurors: diverging, or the score they all gave. */
    public record LineReading(String key, boolean divergent, ScoreValue unanimous) {
    }

    /** @param indicated what the criteria say when they do not diverge; null when they do */
    public record CompetencyReading(String key, boolean divergentCriteria, boolean divergentProposals,
                                    Verdict indicated) {
        public boolean divergent() {
            return divergentCriteria || divergentProposals;
        }
    }

    /**
     * @param divergentAssessments the jurors scored an épreuve differently
     * @param assessmentAgainst    an épreuve is unanimously not conclusive
     */
    public record CcpReading(boolean divergentProposals, boolean divergentAssessments, boolean assessmentAgainst) {
        public boolean divergent() {
            return divergentProposals || divergentAssessments;
        }
    }

    public record PartReading(Map<String, LineReading> lines, Map<String, CompetencyReading> competencies,
                              CcpReading ccp) {
    }

    /** Why a decision needs a reason. */
    public record Requirement(boolean divergent, boolean against) {
        public boolean reasonRequired() {
            return divergent || against;
        }
    }

    /** One decision of a request, at its index in the request (for the error paths). */
    public record Proposed(int index, DecisionScope scope, String subjectKey, Verdict decision, String reason) {
    }

    private ReconciliationPolicy() {
    }

    public static PartReading read(PartShape shape, List<JurorScores> jurors) {
        Map<String, LineReading> lines = new LinkedHashMap<>();
        Map<String, CompetencyReading> competencies = new LinkedHashMap<>();
        for (CompetencyShape c : shape.competencies()) {
            boolean divergentCriteria = false;
            boolean allMet = true;
            for (String key : c.criterionKeys()) {
                LineReading line = line(key, jurors);
                lines.put(key, line);
                divergentCriteria |= line.divergent();
                allMet &= !line.divergent() && line.unanimous() == ScoreValue.MET;
            }
            boolean divergentProposals = distinct(jurors.stream().map(j -> j.competencyProposals().get(c.key()))
                    .toList());
            Verdict indicated = divergentCriteria ? null : allMet ? Verdict.ACQUIRED : Verdict.NOT_ACQUIRED;
            competencies.put(c.key(), new CompetencyReading(c.key(), divergentCriteria, divergentProposals, indicated));
        }
        boolean divergentAssessments = false;
        boolean assessmentAgainst = false;
        for (EvidenceLine evidence : shape.evidence()) {
            if (evidence.kind().role() != SectionKind.Role.ASSESSMENT) {
                continue; // consulted (DP, ECF) or legacy (entretien final): never weighs on the CCP
            }
            LineReading line = line(evidence.key(), jurors);
            lines.put(evidence.key(), line);
            divergentAssessments |= line.divergent();
            assessmentAgainst |= !line.divergent() && line.unanimous() == ScoreValue.NOT_MET;
        }
        boolean divergentProposals = distinct(jurors.stream().map(JurorScores::ccpProposal).toList());
        return new PartReading(lines, competencies,
                new CcpReading(divergentProposals, divergentAssessments, assessmentAgainst));
    }

    public static Requirement competencyDecision(CompetencyReading reading, Verdict decision) {
        boolean against = reading.indicated() != null && reading.indicated() != decision;
        return new Requirement(reading.divergent(), against);
    }

    /** @param agreedCompetencies the decision on each competency of the part (all of them must be decided) */
    public static Requirement ccpDecision(PartReading reading, Map<String, Verdict> agreedCompetencies,
                                          Verdict decision) {
        boolean anyNotAcquired = agreedCompetencies.values().stream().anyMatch(v -> v == Verdict.NOT_ACQUIRED);
        boolean against = decision == Verdict.ACQUIRED
                ? anyNotAcquired || reading.ccp().assessmentAgainst()
                : !anyNotAcquired && !reading.ccp().assessmentAgainst();
        return new Requirement(reading.ccp().divergent(), against);
    }

    /**
     * Checks the decisions of one part proposed together, given those already agreed: every reason that is
     * required, and a CCP decided only once each competency is.
     */
    public static List<FieldError> check(PartReading reading, Map<String, Verdict> agreedBefore,
                                         List<Proposed> proposed) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Verdict> agreed = new HashMap<>(agreedBefore);
        for (Proposed p : proposed) {
            if (p.scope() == DecisionScope.COMPETENCY) {
                agreed.put(p.subjectKey(), p.decision());
            }
        }
        for (Proposed p : proposed) {
            String path = "decisions[" + p.index() + "]";
            Requirement requirement;
            if (p.scope() == DecisionScope.COMPETENCY) {
                requirement = competencyDecision(reading.competencies().get(p.subjectKey()), p.decision());
            } else {
                Set<String> missing = new HashSet<>(reading.competencies().keySet());
                missing.removeAll(agreed.keySet());
                if (!missing.isEmpty()) {
                    errors.add(new FieldError(path + ".decision", "Décidez d'abord de chaque compétence ("
                            + String.join(", ", missing.stream().sorted().toList()) + ")."));
                    continue;
                }
                Map<String, Verdict> ofPart = new HashMap<>();
                reading.competencies().keySet().forEach(k -> ofPart.put(k, agreed.get(k)));
                requirement = ccpDecision(reading, ofPart, p.decision());
            }
            if (requirement.reasonRequired() && ScoreValidationPolicy.normalize(p.reason()) == null) {
                errors.add(new FieldError(path + ".reason", reasonMessage(requirement, p.scope())));
            }
        }
        return errors;
    }

    static String reasonMessage(Requirement r, DecisionScope scope) {
        String what = scope == DecisionScope.COMPETENCY ? "cette compétence" : "ce CCP";
        if (r.divergent() && r.against()) {
            return "Motivez la décision : les jurés ont divergé sur " + what + " et elle va contre "
                    + (scope == DecisionScope.COMPETENCY ? "les critères." : "les compétences ou les épreuves.");
        }
        if (r.divergent()) {
            return "Motivez la décision : les jurés ont divergé sur " + what + ".";
        }
        return scope == DecisionScope.COMPETENCY
                ? "Motivez la décision : elle va contre les critères de performance."
                : "Motivez la décision : elle va contre les décisions sur les compétences ou les épreuves.";
    }

    private static LineReading line(String key, List<JurorScores> jurors) {
        List<ScoreValue> values = jurors.stream().map(j -> j.scores().get(key)).toList();
        boolean divergent = distinct(values);
        return new LineReading(key, divergent, divergent || values.isEmpty() ? null : values.getFirst());
    }

    private static boolean distinct(List<?> values) {
        return values.stream().map(v -> Objects.requireNonNullElse(v, "∅")).distinct().count() > 1;
    }
}
