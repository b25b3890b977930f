package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.EvaluationGrid;
import fr.titrepro.scoring.GridSection;
import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.titrepro.scoring.reconciliation.ReconciliationService.agreedCompetencies;

/**
 * From the jurors' grids to the reconciliation: the shape of a part and each juror's scores as {@link
 * ReconciliationPolicy} reads them, and the part of the {@link ReconciliationSheet} shown to the jury.
 */
final class ReconciliationSheets {

    private ReconciliationSheets() {
    }

    static ReconciliationPolicy.PartShape shape(EvaluationGrid g) {
        return new ReconciliationPolicy.PartShape(
                g.sections.stream().filter(s -> s.kind.isCompetency())
                        .map(s -> new ReconciliationPolicy.CompetencyShape(s.sectionKey,
                                s.criteria.stream().map(c -> c.itemKey).toList()))
                        .toList(),
                g.sections.stream().filter(s -> !s.kind.isCompetency())
                        .flatMap(s -> s.criteria.stream().map(c -> new ReconciliationPolicy.EvidenceLine(c.itemKey,
                                s.kind))).toList());
    }

    static ReconciliationPolicy.JurorScores scores(EvaluationGrid g) {
        Map<String, ScoreValue> scores = new HashMap<>();
        g.scoredLines().forEach(c -> scores.put(c.itemKey, c.score));
        Map<String, Verdict> proposals = new HashMap<>();
        g.sections.stream().filter(s -> s.kind.isCompetency())
                .forEach(s -> proposals.put(s.sectionKey, s.proposedDecision));
        return new ReconciliationPolicy.JurorScores(g.jurorId, scores, proposals, g.proposedDecision);
    }

    static ReconciliationSheet.Part part(EvaluationGrid g, List<EvaluationGrid> handedIn,
                                                 ReconciliationPolicy.PartReading reading,
                                                 Map<String, AgreedDecision> current) {
        List<ReconciliationSheet.CompetencyBlock> competencies = new ArrayList<>();
        List<ReconciliationSheet.EvidenceBlock> evidence = new ArrayList<>();
        for (GridSection s : g.shownSections().toList()) {
            List<ReconciliationSheet.Line> lines = s.criteria.stream().map(c -> new ReconciliationSheet.Line(
                    c.itemKey, c.text, handedIn.stream().map(o -> score(o, c.itemKey)).toList(),
                    reading.lines().containsKey(c.itemKey) && reading.lines().get(c.itemKey).divergent())).toList();
            if (s.kind.isCompetency()) {
                ReconciliationPolicy.CompetencyReading r = reading.competencies().get(s.sectionKey);
                competencies.add(new ReconciliationSheet.CompetencyBlock(s.sectionKey, s.kind, s.title, lines,
                        handedIn.stream().map(o -> new ReconciliationSheet.Proposal(o.jurorId, o.sections.stream()
                                .filter(x -> x.sectionKey.equals(s.sectionKey)).findFirst()
                                .map(x -> x.proposedDecision).orElse(null))).toList(),
                        r.divergent(), r.indicated(),
                        ReconciliationPolicy.competencyDecision(r, Verdict.ACQUIRED).reasonRequired(),
                        ReconciliationPolicy.competencyDecision(r, Verdict.NOT_ACQUIRED).reasonRequired(),
                        ReconciliationSheet.Agreed.of(current.get(AgreedDecisionRepository.key(g.partKey,
                                DecisionScope.COMPETENCY, s.sectionKey)))));
            } else {
                evidence.add(new ReconciliationSheet.EvidenceBlock(s.sectionKey, s.kind, s.title,
                        s.kind.isConsulted(), lines, lines.stream().anyMatch(ReconciliationSheet.Line::divergent)));
            }
        }
        Map<String, Verdict> agreed = agreedCompetencies(current, g.partKey, reading);
        boolean decided = agreed.keySet().containsAll(reading.competencies().keySet());
        return new ReconciliationSheet.Part(g.partKey, g.ccpNumber, g.title, competencies, evidence,
                handedIn.stream().map(o -> new ReconciliationSheet.Proposal(o.jurorId, o.proposedDecision)).toList(),
                reading.ccp().divergent(), decided,
                decided && ReconciliationPolicy.ccpDecision(reading, agreed, Verdict.ACQUIRED).reasonRequired(),
                decided && ReconciliationPolicy.ccpDecision(reading, agreed, Verdict.NOT_ACQUIRED).reasonRequired(),
                ReconciliationSheet.Agreed.of(current.get(AgreedDecisionRepository.key(g.partKey, DecisionScope.CCP,
                        g.partKey))));
    }

    private static ReconciliationSheet.Score score(EvaluationGrid g, String itemKey) {
        return g.criteria().filter(c -> c.itemKey.equals(itemKey)).findFirst()
                .map(c -> new ReconciliationSheet.Score(g.jurorId, c.score, c.consulted, c.observation))
                .orElse(new ReconciliationSheet.Score(g.jurorId, null, null, null));
    }
}
