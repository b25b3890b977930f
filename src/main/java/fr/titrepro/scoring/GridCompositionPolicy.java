package fr.titrepro.scoring;

import fr.titrepro.referential.Assessment;
import fr.titrepro.referential.Ccp;
import fr.titrepro.referential.Ccs;
import fr.titrepro.referential.Competency;
import fr.titrepro.referential.Criterion;
import fr.titrepro.referential.TitleVersion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a grid holds, per CCP taken (fiche TP-00496 l. 104-108; DOMAIN "Sessions and evaluation", two levels of
 * decision): every competency of the CCP with every performance criterion, the transversal competencies and the
 * épreuves of the RC (what the CCP decision rests on), then the evidence the jury consults: the dossier
 * professionnel and, for training candidates only, the ECF results (« consulté » and an observation, never a
 * pass/fail line). No entretien final in a CCP or CCS grid: it serves the title decision (fiche l. 94, 110), one act
 * per candidate recorded at the deliberation, whether or not the enrolment includes it. Pure: reads référentiel
 * entities, writes nothing.
 */
public final class GridCompositionPolicy {

    public record ItemSpec(String key, String text, Long sourceCriterionId) {
    }

    public record SectionSpec(String key, SectionKind kind, String title, String description, List<ItemSpec> items) {
    }

    public record PartSpec(String partKey, Integer ccpNumber, String title, List<SectionSpec> sections) {
        public int criterionCount() {
            return sections.stream().mapToInt(s -> s.items().size()).sum();
        }
    }

    /** What the grid depends on besides the référentiel: the ECF results exist for training candidates only. */
    public record Candidate(boolean training) {
    }

    private GridCompositionPolicy() {
    }

    public static String ccpPartKey(int number) {
        return "CCP" + number;
    }

    public static String ccsPartKey(String code) {
        return "CCS-" + code;
    }

    /** The parts of an enrolment: one per CCP taken, in CCP order, or the CCS of a session CCS. */
    public static List<PartSpec> parts(TitleVersion version, Collection<Integer> ccpNumbers, String ccsCode,
                                       Candidate candidate) {
        return ccsCode != null ? ccs(version, ccsCode).map(ccs -> ccsPart(ccs, candidate)).stream().toList()
                : ccps(version, ccpNumbers).stream().map(ccp -> ccpPart(version, ccp, candidate)).toList();
    }

    /**
     * The keys of the parts {@link #parts} builds, from the version's CCPs and CCS alone (no competency nor criterion
     * read): what the grid page checks on every opening (issue 14).
     */
    public static List<String> partKeys(TitleVersion version, Collection<Integer> ccpNumbers, String ccsCode) {
        return ccsCode != null ? ccs(version, ccsCode).map(ccs -> ccsPartKey(ccs.code)).stream().toList()
                : ccps(version, ccpNumbers).stream().map(ccp -> ccpPartKey(ccp.number)).toList();
    }

    /** The version's CCS of that code, if it has one. */
    private static Optional<Ccs> ccs(TitleVersion version, String code) {
        return version.ccsBlocks.stream().filter(c -> c.code.equals(code)).findFirst();
    }

    /** The version's CCPs of these numbers, in number order (a number the version lacks is left out). */
    private static List<Ccp> ccps(TitleVersion version, Collection<Integer> numbers) {
        return numbers.stream().sorted().flatMap(n -> version.ccps.stream().filter(c -> c.number == n).findFirst()
                .stream()).toList();
    }

    public static PartSpec ccpPart(TitleVersion version, Ccp ccp, Candidate candidate) {
        List<SectionSpec> sections = new ArrayList<>();
        ccp.competencies.stream().sorted(Comparator.comparing(c -> c.number))
                .forEach(c -> sections.add(competency("C" + c.number, SectionKind.COMPETENCY,
                        "Compétence " + c.number + " – " + c.name, c)));
        int t = 0;
        for (Competency c : version.transversalCompetencies()) {
            t++;
            sections.add(competency("T" + t, SectionKind.TRANSVERSAL, "Compétence transversale – " + c.name, c));
        }
        if (!ccp.assessments.isEmpty()) {
            List<ItemSpec> items = new ArrayList<>();
            for (Assessment a : ccp.assessments) {
                items.add(new ItemSpec("EPR." + a.kind().name(), a.kind().label() + " (" + a.minutes() + " min)",
                        null));
            }
            sections.add(new SectionSpec("EPR", SectionKind.ASSESSMENTS,
                    "Épreuves du référentiel de certification", null, items));
        }
        sections.addAll(consulted(candidate, "du CCP"));
        return new PartSpec(ccpPartKey(ccp.number), ccp.number, "CCP " + ccp.number + " – " + ccp.name, sections);
    }

    public static PartSpec ccsPart(Ccs ccs, Candidate candidate) {
        List<SectionSpec> sections = new ArrayList<>();
        int i = 0;
        for (Competency c : ccs.competencies) {
            i++;
            sections.add(competency("S" + i, SectionKind.CCS_COMPETENCY, "Compétence – " + c.name, c));
        }
        sections.addAll(consulted(candidate, "du CCS"));
        return new PartSpec(ccsPartKey(ccs.code), null, "CCS " + ccs.code + " – " + ccs.name, sections);
    }

    /**
     * The structure of an existing grid: a juror who joins later gets the same snapshot as the others (without the
     * entretien final section a grid made before finding 6 may still hold).
     */
    public static PartSpec of(EvaluationGrid grid) {
        return new PartSpec(grid.partKey, grid.ccpNumber, grid.title, grid.sections.stream()
                .filter(s -> s.kind.isShown())
                .map(s -> new SectionSpec(s.sectionKey, s.kind, s.title, s.description, s.criteria.stream()
                        .map(c -> new ItemSpec(c.itemKey, c.text, c.sourceCriterionId)).toList()))
                .toList());
    }

    private static SectionSpec competency(String key, SectionKind kind, String title, Competency c) {
        List<ItemSpec> items = new ArrayList<>();
        for (Criterion k : c.criteria) {
            items.add(new ItemSpec(key + "." + k.position, k.text, k.id));
        }
        return new SectionSpec(key, kind, title, c.description, items);
    }

    /** The evidence the jury consults: the DP, and the ECF results of a training candidate (fiche l. 107). */
    private static List<SectionSpec> consulted(Candidate candidate, String of) {
        List<SectionSpec> sections = new ArrayList<>();
        sections.add(single("DP", SectionKind.DOSSIER, "Dossier professionnel",
                "Dossier professionnel : preuves de la pratique professionnelle " + of + ", consultées par le jury."));
        if (candidate.training()) {
            sections.add(single("ECF", SectionKind.ECF, "Évaluations passées en cours de formation (ECF)",
                    "Résultats des ECF " + of + ", consultés par le jury."));
        }
        return sections;
    }

    private static SectionSpec single(String key, SectionKind kind, String title, String text) {
        return new SectionSpec(key, kind, title, null, List.of(new ItemSpec(key, text, null)));
    }
}
