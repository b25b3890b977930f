package fr.titrepro.scoring;

import fr.titrepro.referential.Assessment;
import fr.titrepro.referential.AssessmentKind;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Ccs;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.CompetencyKind;
import fr.titrepro.referential.Criterion;
import fr.titrepro.referential.TitleVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridCompositionPolicyTest {

    static TitleVersion title() {
        TitleVersion v = new TitleVersion();
        v.finalInterviewMinutes = 20;
        for (int n = 1; n <= 2; n++) {
            Ccp ccp = new Ccp();
            ccp.titleVersion = v;
            ccp.number = n;
            ccp.name = "Activité " + n;
            if (n == 1) {
                ccp.assessments.add(new Assessment(AssessmentKind.MSP, 120));
                ccp.assessments.add(new Assessment(AssessmentKind.ENTRETIEN_TECHNIQUE, 30));
            }
            v.ccps.add(ccp);
        }
        // REAC numbers, listed out of order: the grid follows the numbers
        competency(v, v.ccps.get(0), CompetencyKind.PROFESSIONAL, 2, "Deux", "B1");
        competency(v, v.ccps.get(0), CompetencyKind.PROFESSIONAL, 1, "Un", "A1", "A2");
        competency(v, v.ccps.get(1), CompetencyKind.PROFESSIONAL, 3, "Trois", "C1");
        competency(v, null, CompetencyKind.TRANSVERSAL, null, "Transversale", "T-a", "T-b");
        Ccs ccs = new Ccs();
        ccs.code = "CCS1";
        ccs.name = "Spécialité";
        ccs.titleVersion = v;
        v.ccsBlocks.add(ccs);
        ccs.competencies.add(competency(v, null, CompetencyKind.CCS, null, "Spéciale", "S-a"));
        return v;
    }

    static Competency competency(TitleVersion v, Ccp ccp, CompetencyKind kind, Integer number, String name,
                                 String... criteria) {
        Competency c = new Competency();
        c.titleVersion = v;
        c.ccp = ccp;
        c.kind = kind;
        c.number = number;
        c.name = name;
        int i = 0;
        for (String text : criteria) {
            Criterion k = new Criterion();
            k.id = (long) text.hashCode();
            k.competency = c;
            k.position = ++i;
            k.text = text;
            c.criteria.add(k);
        }
        v.competencies.add(c);
        if (ccp != null) {
            ccp.competencies.add(c);
        }
        return c;
    }

    /**
     * Fiche TP-00496 l. 104-108: per CCP, the épreuves, the ECF results for training candidates only, the DP. The
     * entretien final is no section of a CCP grid (fiche l. 94, 110: it serves the title decision, recorded once at
     * the deliberation): this test encoded the wrong rule before issue 11 (finding 6), with an "EF" section when the
     * enrolment included the entretien final.
     */
    @ParameterizedTest(name = "[{index}] training={0} → {1}")
    @CsvSource({
            "true,  C1 C2 T1 EPR DP ECF",
            "false, C1 C2 T1 EPR DP",
    })
    void theConsultedEvidenceDependsOnTheCandidate(boolean training, String sections) {
        GridCompositionPolicy.PartSpec part = GridCompositionPolicy.parts(title(), List.of(1), null,
                new GridCompositionPolicy.Candidate(training)).getFirst();
        assertThat(part.sections()).extracting(GridCompositionPolicy.SectionSpec::key)
                .containsExactly(sections.split(" "));
        assertThat(part.sections()).extracting(GridCompositionPolicy.SectionSpec::kind)
                .doesNotContain(SectionKind.FINAL_INTERVIEW);
    }

    /** DOMAIN "Sessions and evaluation": the DP and the ECF are evidence the jury consults, not pass/fail items. */
    @ParameterizedTest(name = "[{index}] {0}: competency {1}, scored {2}, consulted {3}, shown {4}")
    @CsvSource({
            "COMPETENCY,      true,  true,  false, true",
            "TRANSVERSAL,     true,  true,  false, true",
            "CCS_COMPETENCY,  true,  true,  false, true",
            "ASSESSMENTS,     false, true,  false, true",
            "DOSSIER,         false, false, true,  true",
            "ECF,             false, false, true,  true",
            "FINAL_INTERVIEW, false, false, false, false",
    })
    void whatTheJuryDoesWithEachSection(SectionKind kind, boolean competency, boolean scored, boolean consulted,
                                        boolean shown) {
        assertThat(kind.isCompetency()).isEqualTo(competency);
        assertThat(kind.isScored()).isEqualTo(scored);
        assertThat(kind.isConsulted()).isEqualTo(consulted);
        assertThat(kind.isShown()).isEqualTo(shown);
    }

    @Test
    void everyCompetencyWithEveryCriterionThenTheÉpreuvesOfTheCcp() {
        List<GridCompositionPolicy.PartSpec> parts = GridCompositionPolicy.parts(title(), List.of(2, 1), null,
                new GridCompositionPolicy.Candidate(true));
        assertThat(parts).extracting(GridCompositionPolicy.PartSpec::partKey).containsExactly("CCP1", "CCP2");
        GridCompositionPolicy.PartSpec first = parts.getFirst();
        assertThat(first.title()).isEqualTo("CCP 1 – Activité 1");
        assertThat(first.sections().getFirst().title()).isEqualTo("Compétence 1 – Un");
        assertThat(first.sections().getFirst().items()).extracting(GridCompositionPolicy.ItemSpec::key,
                GridCompositionPolicy.ItemSpec::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C1.1", "A1"), org.assertj.core.groups.Tuple.tuple("C1.2", "A2"));
        assertThat(first.sections().get(2).kind()).isEqualTo(SectionKind.TRANSVERSAL);
        assertThat(first.sections().get(3).items()).extracting(GridCompositionPolicy.ItemSpec::text)
                .containsExactly("Mise en situation professionnelle (120 min)", "Entretien technique (30 min)");
        assertThat(first.sections().getLast().kind()).isEqualTo(SectionKind.ECF);
        assertThat(first.sections().getLast().items().getFirst().text()).contains("consultés par le jury");
        // a CCP without épreuves in the RC has no épreuve section
        assertThat(parts.get(1).sections()).extracting(GridCompositionPolicy.SectionSpec::key)
                .containsExactly("C3", "T1", "DP", "ECF");
        assertThat(first.criterionCount()).isEqualTo(3 + 2 + 2 + 1 + 1);
    }

    /** The grid page checks the keys alone (issue 14): the same parts as the grids built, in the same order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2,1 | -    | CCP1,CCP2
            1   | -    | CCP1
            1,9 | -    | CCP1
            -   | CCS1 | CCS-CCS1
            -   | CCS9 | -
            """)
    void thePartKeysAreTheKeysOfTheParts(String ccps, String ccs, String keys) {
        List<Integer> numbers = ccps == null ? List.of()
                : java.util.Arrays.stream(ccps.split(",")).map(Integer::valueOf).toList();
        List<String> expected = keys == null ? List.of() : List.of(keys.split(","));
        assertThat(GridCompositionPolicy.partKeys(title(), numbers, ccs)).containsExactlyElementsOf(expected);
        assertThat(GridCompositionPolicy.parts(title(), numbers, ccs, new GridCompositionPolicy.Candidate(true)))
                .extracting(GridCompositionPolicy.PartSpec::partKey).containsExactlyElementsOf(expected);
    }

    @Test
    void aSessionCcsScoresTheCompetenciesOfTheCcs() {
        GridCompositionPolicy.PartSpec part = GridCompositionPolicy.parts(title(), List.of(), "CCS1",
                new GridCompositionPolicy.Candidate(false)).getFirst();
        assertThat(part.partKey()).isEqualTo("CCS-CCS1");
        // no entretien final section in a CCS grid either: the fiche's entretien final (l. 123) is held once
        assertThat(part.sections()).extracting(GridCompositionPolicy.SectionSpec::key).containsExactly("S1", "DP");
    }

    @Test
    void anExistingGridGivesBackTheSameStructure() {
        GridCompositionPolicy.PartSpec spec = GridCompositionPolicy.parts(title(), List.of(1), null,
                new GridCompositionPolicy.Candidate(true)).getFirst();
        EvaluationGrid grid = new EvaluationGrid();
        grid.partKey = spec.partKey();
        grid.ccpNumber = spec.ccpNumber();
        grid.title = spec.title();
        for (GridCompositionPolicy.SectionSpec s : spec.sections()) {
            GridSection section = new GridSection();
            section.sectionKey = s.key();
            section.kind = s.kind();
            section.title = s.title();
            section.description = s.description();
            for (GridCompositionPolicy.ItemSpec item : s.items()) {
                GridCriterion c = new GridCriterion();
                c.itemKey = item.key();
                c.text = item.text();
                c.sourceCriterionId = item.sourceCriterionId();
                section.criteria.add(c);
            }
            grid.sections.add(section);
        }
        assertThat(GridCompositionPolicy.of(grid)).isEqualTo(spec);

        // a grid made before finding 6 with an entretien final section: the juror who joins later gets it without
        GridSection legacy = new GridSection();
        legacy.sectionKey = "EF";
        legacy.kind = SectionKind.FINAL_INTERVIEW;
        legacy.title = "Entretien final";
        GridCriterion line = new GridCriterion();
        line.itemKey = "EF";
        line.text = "Entretien final avec le jury";
        legacy.criteria.add(line);
        grid.sections.add(legacy);
        assertThat(GridCompositionPolicy.of(grid)).isEqualTo(spec);
    }
}
