package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.ScoreValue;
import fr.titrepro.scoring.SectionKind;
import fr.titrepro.scoring.Verdict;
import fr.titrepro.shared.error.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation of the jurors' grids (DOMAIN "Sessions and evaluation"). Per CCP the jury decides from the
 * épreuves of the RC; the DP and the ECF are evidence it consults, not pass/fail items (fiche TP-00496 l. 104-108);
 * the entretien final serves the title decision only (fiche l. 94, 110). This test encoded the wrong rule before
 * issue 11 (finding 6): a DP scored « non concluant » by both jurors made an acquired CCP "against the criteria", and
 * jurors scoring the DP differently made the CCP divergent.
 */
class ReconciliationPolicyTest {

    /**
     * One competency C1 with two criteria, one épreuve, the DP and the ECF (consulted), and the entretien final line
     * of a grid made before finding 6.
     */
    static final ReconciliationPolicy.PartShape SHAPE = new ReconciliationPolicy.PartShape(
            List.of(new ReconciliationPolicy.CompetencyShape("C1", List.of("C1.1", "C1.2"))),
            List.of(new ReconciliationPolicy.EvidenceLine("EPR.MSP", SectionKind.ASSESSMENTS),
                    new ReconciliationPolicy.EvidenceLine("DP", SectionKind.DOSSIER),
                    new ReconciliationPolicy.EvidenceLine("ECF", SectionKind.ECF),
                    new ReconciliationPolicy.EvidenceLine("EF", SectionKind.FINAL_INTERVIEW)));

    /**
     * @param evidence the MSP's score, then the score a grid made before finding 6 may still hold for the DP, the ECF
     *                 and the entretien final (all three given the same value)
     */
    static ReconciliationPolicy.JurorScores juror(long id, String criteria, String evidence, String proposal,
                                                  String ccpProposal) {
        Map<String, ScoreValue> scores = new HashMap<>();
        String[] c = criteria.split(" ");
        scores.put("C1.1", ScoreValue.valueOf(c[0]));
        scores.put("C1.2", ScoreValue.valueOf(c[1]));
        String[] e = evidence.split(" ");
        scores.put("EPR.MSP", ScoreValue.valueOf(e[0]));
        scores.put("DP", ScoreValue.valueOf(e[1]));
        scores.put("ECF", ScoreValue.valueOf(e[1]));
        scores.put("EF", ScoreValue.valueOf(e[1]));
        return new ReconciliationPolicy.JurorScores(id, scores, Map.of("C1", Verdict.valueOf(proposal)),
                Verdict.valueOf(ccpProposal));
    }

    @ParameterizedTest(name = "[{index}] A {0} / B {1}, proposals {2}/{3}, decided {4}: divergent {5}, against {6}")
    @CsvSource({
            "MET MET,          MET MET,          ACQUIRED,     ACQUIRED,     ACQUIRED,     false, false",
            "MET MET,          MET MET,          ACQUIRED,     ACQUIRED,     NOT_ACQUIRED, false, true",
            "MET NOT_MET,      MET NOT_MET,      NOT_ACQUIRED, NOT_ACQUIRED, NOT_ACQUIRED, false, false",
            "MET NOT_MET,      MET NOT_MET,      NOT_ACQUIRED, NOT_ACQUIRED, ACQUIRED,     false, true",
            // a criterion nobody observed does not support "acquired"
            "MET NOT_OBSERVED, MET NOT_OBSERVED, ACQUIRED,     ACQUIRED,     ACQUIRED,     false, true",
            "MET NOT_OBSERVED, MET NOT_OBSERVED, NOT_ACQUIRED, NOT_ACQUIRED, NOT_ACQUIRED, false, false",
            // the jurors scored a criterion differently: a divergence, whatever the decision
            "MET MET,          MET NOT_MET,      ACQUIRED,     ACQUIRED,     ACQUIRED,     true,  false",
            "MET MET,          MET NOT_MET,      ACQUIRED,     ACQUIRED,     NOT_ACQUIRED, true,  false",
            // same criteria, different proposals
            "MET MET,          MET MET,          ACQUIRED,     NOT_ACQUIRED, ACQUIRED,     true,  false",
            "MET MET,          MET MET,          ACQUIRED,     NOT_ACQUIRED, NOT_ACQUIRED, true,  true",
    })
    void competencyDecision(String a, String b, String proposalA, String proposalB, String decided,
                            boolean divergent, boolean against) {
        ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(SHAPE, List.of(
                juror(1, a, "MET MET", proposalA, "ACQUIRED"), juror(2, b, "MET MET", proposalB, "ACQUIRED")));
        ReconciliationPolicy.Requirement r = ReconciliationPolicy.competencyDecision(
                reading.competencies().get("C1"), Verdict.valueOf(decided));
        assertThat(r.divergent()).isEqualTo(divergent);
        assertThat(r.against()).isEqualTo(against);
        assertThat(r.reasonRequired()).isEqualTo(divergent || against);
    }

    @ParameterizedTest(name = "[{index}] C1 agreed {0}, évidence A {1} / B {2}, proposals {3}/{4}, decided {5}")
    @CsvSource({
            "ACQUIRED,     MET MET,     MET MET,     ACQUIRED,     ACQUIRED,     ACQUIRED,     false, false",
            "ACQUIRED,     MET MET,     MET MET,     ACQUIRED,     ACQUIRED,     NOT_ACQUIRED, false, true",
            "NOT_ACQUIRED, MET MET,     MET MET,     NOT_ACQUIRED, NOT_ACQUIRED, ACQUIRED,     false, true",
            "NOT_ACQUIRED, MET MET,     MET MET,     NOT_ACQUIRED, NOT_ACQUIRED, NOT_ACQUIRED, false, false",
            // the MSP unanimously not conclusive
            "ACQUIRED,     NOT_MET MET, NOT_MET MET, ACQUIRED,     ACQUIRED,     ACQUIRED,     false, true",
            "ACQUIRED,     NOT_MET MET, NOT_MET MET, NOT_ACQUIRED, NOT_ACQUIRED, NOT_ACQUIRED, false, false",
            // a DP not presented is no evidence against
            "ACQUIRED,     MET NOT_OBSERVED, MET NOT_OBSERVED, ACQUIRED, ACQUIRED, ACQUIRED,   false, false",
            // the DP, the ECF, the entretien final « non concluant » for both: consulted evidence, never against
            // the CCP (was "against": the wrong rule), and no reason to refuse the CCP either when all else holds
            "ACQUIRED,     MET NOT_MET, MET NOT_MET, ACQUIRED,     ACQUIRED,     ACQUIRED,     false, false",
            "ACQUIRED,     MET NOT_MET, MET NOT_MET, ACQUIRED,     ACQUIRED,     NOT_ACQUIRED, false, true",
            // the jurors « scored » the DP differently (a grid made before): no divergence (was one: the wrong rule)
            "ACQUIRED,     MET MET,     MET NOT_MET, ACQUIRED,     ACQUIRED,     ACQUIRED,     false, false",
            // the jurors saw the MSP differently, or proposed differently
            "ACQUIRED,     MET MET,     NOT_MET MET, ACQUIRED,     ACQUIRED,     ACQUIRED,     true,  false",
            "ACQUIRED,     MET MET,     MET MET,     ACQUIRED,     NOT_ACQUIRED, ACQUIRED,     true,  false",
    })
    void ccpDecision(String agreedC1, String evidenceA, String evidenceB, String proposalA, String proposalB,
                     String decided, boolean divergent, boolean against) {
        ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(SHAPE, List.of(
                juror(1, "MET MET", evidenceA, "ACQUIRED", proposalA),
                juror(2, "MET MET", evidenceB, "ACQUIRED", proposalB)));
        ReconciliationPolicy.Requirement r = ReconciliationPolicy.ccpDecision(reading,
                Map.of("C1", Verdict.valueOf(agreedC1)), Verdict.valueOf(decided));
        assertThat(r.divergent()).isEqualTo(divergent);
        assertThat(r.against()).isEqualTo(against);
    }

    @Test
    void readsEachLineAcrossJurors() {
        ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(SHAPE, List.of(
                juror(1, "MET NOT_MET", "MET MET", "NOT_ACQUIRED", "NOT_ACQUIRED"),
                juror(2, "MET MET", "MET NOT_OBSERVED", "NOT_ACQUIRED", "NOT_ACQUIRED")));
        assertThat(reading.lines().get("C1.1")).isEqualTo(new ReconciliationPolicy.LineReading("C1.1", false,
                ScoreValue.MET));
        assertThat(reading.lines().get("C1.2").divergent()).isTrue();
        assertThat(reading.lines().get("C1.2").unanimous()).isNull();
        assertThat(reading.competencies().get("C1").indicated()).isNull();
        assertThat(reading.competencies().get("C1").divergentCriteria()).isTrue();
        assertThat(reading.competencies().get("C1").divergentProposals()).isFalse();
        // only the épreuves are read at CCP level: the DP, the ECF, the entretien final are no lines of the reading
        assertThat(reading.lines()).containsOnlyKeys("C1.1", "C1.2", "EPR.MSP");
        assertThat(reading.ccp().divergentAssessments()).isFalse();
        assertThat(reading.ccp().divergentProposals()).isFalse();
    }

    @Test
    void anÉpreuveScoredDifferentlyMakesTheCcpDivergent() {
        ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(SHAPE, List.of(
                juror(1, "MET MET", "MET MET", "ACQUIRED", "ACQUIRED"),
                juror(2, "MET MET", "NOT_MET MET", "ACQUIRED", "ACQUIRED")));
        assertThat(reading.ccp().divergentAssessments()).isTrue();
        assertThat(reading.lines().get("EPR.MSP").divergent()).isTrue();
    }

    @Test
    void aCcpIsDecidedOnlyAfterEachOfItsCompetencies() {
        ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(SHAPE, List.of(
                juror(1, "MET MET", "MET MET", "ACQUIRED", "ACQUIRED"),
                juror(2, "MET MET", "MET MET", "ACQUIRED", "ACQUIRED")));
        List<FieldError> alone = ReconciliationPolicy.check(reading, Map.of(), List.of(
                new ReconciliationPolicy.Proposed(0, DecisionScope.CCP, "CCP1", Verdict.ACQUIRED, null)));
        assertThat(alone).extracting(FieldError::field).containsExactly("decisions[0].decision");
        assertThat(alone.getFirst().message()).contains("C1");

        // decided in the same request, or before
        assertThat(ReconciliationPolicy.check(reading, Map.of(), List.of(
                new ReconciliationPolicy.Proposed(0, DecisionScope.COMPETENCY, "C1", Verdict.ACQUIRED, null),
                new ReconciliationPolicy.Proposed(1, DecisionScope.CCP, "CCP1", Verdict.ACQUIRED, null)))).isEmpty();
        assertThat(ReconciliationPolicy.check(reading, Map.of("C1", Verdict.ACQUIRED), List.of(
                new ReconciliationPolicy.Proposed(0, DecisionScope.CCP, "CCP1", Verdict.ACQUIRED, null)))).isEmpty();
    }

    @Test
    void aReasonIsRequiredWhereTheJurorsDivergedOrAgainstTheCriteria() {
        ReconciliationPolicy.PartReading diverging = ReconciliationPolicy.read(SHAPE, List.of(
                juror(1, "MET MET", "MET MET", "ACQUIRED", "ACQUIRED"),
                juror(2, "MET NOT_MET", "MET MET", "NOT_ACQUIRED", "ACQUIRED")));
        List<FieldError> errors = ReconciliationPolicy.check(diverging, Map.of(), List.of(
                new ReconciliationPolicy.Proposed(0, DecisionScope.COMPETENCY, "C1", Verdict.ACQUIRED, "  "),
                new ReconciliationPolicy.Proposed(1, DecisionScope.CCP, "CCP1", Verdict.NOT_ACQUIRED, null)));
        // the CCP: all competencies acquired, no evidence against, yet not acquired → against
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("decisions[0].reason", "decisions[1].reason");
        assertThat(errors.getFirst().message()).contains("divergé");
        assertThat(errors.get(1).message()).contains("va contre");

        assertThat(ReconciliationPolicy.check(diverging, Map.of(), List.of(
                new ReconciliationPolicy.Proposed(0, DecisionScope.COMPETENCY, "C1", Verdict.ACQUIRED,
                        "La connexion a fonctionné au second essai, constaté par les deux jurés."),
                new ReconciliationPolicy.Proposed(1, DecisionScope.CCP, "CCP1", Verdict.ACQUIRED, null))))
                .isEmpty();
    }

    @Test
    void aMissingScoreCountsAsADifference() {
        Map<String, ScoreValue> partial = new HashMap<>(juror(1, "MET MET", "MET MET", "ACQUIRED", "ACQUIRED")
                .scores());
        partial.put("C1.2", null);
        ReconciliationPolicy.PartReading reading = ReconciliationPolicy.read(SHAPE, Arrays.asList(
                new ReconciliationPolicy.JurorScores(1, partial, Map.of("C1", Verdict.ACQUIRED), Verdict.ACQUIRED),
                juror(2, "MET MET", "MET MET", "ACQUIRED", "ACQUIRED")));
        assertThat(reading.lines().get("C1.2").divergent()).isTrue();
    }
}
