package fr.titrepro.scoring;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.candidate.privacy.CandidatePersonalData;
import fr.titrepro.candidate.privacy.ErasureStatement;
import fr.titrepro.scoring.reconciliation.AgreedDecisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * RGPD section « scoring »: the jurors' grids of the person (scores and observations, line by line), the jury's
 * agreed decisions on them (hash chain) and the history of the grids (Envers audit tables).
 */
@ApplicationScoped
public class ScoringPersonalData implements CandidatePersonalData {

    public record Scoring(List<GridData> grids, List<AgreedData> agreedDecisions) {
    }

    public record GridData(long gridId, long sessionId, String part, Integer ccpNumber, GridStatus status,
                           Verdict proposedDecision, Instant submittedAt, String updatedBy, List<LineData> lines) {
    }

    public record LineData(String item, String text, ScoreValue score, Boolean consulted, String observation) {
    }

    public record AgreedData(long sessionId, String subject, Verdict decision, String reason, String decidedBy,
                             Instant decidedAt) {
    }

    @Inject
    EvaluationGridRepository gridRepository;

    @Inject
    AgreedDecisionRepository decisions;

    @Override
    public String section() {
        return "scoring";
    }

    @Override
    public Object export(Candidate c) {
        List<EvaluationGrid> grids = gridRepository.ofCandidate(c.id);
        if (grids.isEmpty()) {
            return null;
        }
        List<GridData> data = grids.stream().map(g -> new GridData(g.id, g.sessionId, g.title, g.ccpNumber, g.status,
                g.proposedDecision, g.submittedAt, g.updatedBy, g.criteria().map(x -> new LineData(x.itemKey, x.text,
                x.score, x.consulted, x.observation)).toList())).toList();
        List<Long> enrolments = grids.stream().map(g -> g.enrolmentId).distinct().toList();
        List<AgreedData> agreed = decisions.ofEnrolments(enrolments).stream().map(d -> new AgreedData(d.sessionId, d.subject, d.decision, d.reason, d.decidedBy,
                        d.decidedAt)).toList();
        return new Scoring(data, agreed);
    }

    /**
     * The jurors' free-text observations about the person are cleared, in the grids and in their history: they
     * describe the person's behaviour and are not part of the decision. The scores, the proposals and the agreed
     * decisions stay: they ground the jury's decision recorded in the PV, and the agreed decisions form a hash
     * chain that proves the results were not altered (RGPD art. 17(3)(b) ; code du patrimoine art. L. 211-4).
     */
    @Override
    public ErasureStatement erase(Candidate c) {
        List<EvaluationGrid> grids = gridRepository.ofCandidate(c.id);
        if (grids.isEmpty()) {
            return ErasureStatement.nothing(section());
        }
        List<Long> ids = grids.stream().map(g -> g.id).toList();
        grids.forEach(g -> g.criteria().forEach(x -> x.observation = null));
        int history = gridRepository.clearObservationHistory(ids);
        return new ErasureStatement(section(), ErasureStatement.Handling.KEPT_ANONYMISED, grids.size()
                + " grille(s) d'évaluation : observations des jurés sur la personne effacées, dans les grilles et "
                + "dans leur historique (" + history + " version(s) antérieure(s)). Notes, propositions et "
                + "décisions concertées du jury conservées : elles fondent la décision consignée au procès-verbal "
                + "et forment une chaîne d'empreintes qui prouve que les résultats n'ont pas été modifiés (RGPD art. "
                + "17(3)(b), obligation légale ; archives publiques, code du patrimoine art. L. 211-4) ; elles ne "
                + "renvoient qu'au dossier anonymisé.");
    }
}
