package fr.titrepro.referential.reac;

import fr.titrepro.referential.reac.CompetencySheetReader.ReadCompetency;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a REAC into a draft référentiel, in named steps: clean-up ({@link TextCleanup}) → layout
 * ({@link ReacLayout}) → sections ({@link ReacSections}) → sheets ({@link CompetencySheetReader},
 * {@link ActivitySheetReader}, {@link TransversalSheetReader}) → criteria ({@link CriteriaReader}); then the identity
 * ({@link IdentityReader}), the CCP structure ({@link TitleStructure}) and the check against the summary table
 * ({@link SummaryCheck}). Pure: no I/O, nothing saved.
 */
public final class ReacParser {

    private ReacParser() {
    }

    /** @throws ReacRefusal when the text is not a REAC or its layout is unknown */
    public static ReacImport parse(String text) {
        TextCleanup clean = TextCleanup.of(text);
        ReacLayout layout = ReacLayout.detect(clean.lines());
        ReacSections sections = ReacSections.split(clean.lines());
        List<ReacWarning> warnings = new ArrayList<>(clean.warnings());
        warnings.addAll(sections.warnings());
        if (layout == ReacLayout.OLDER) {
            warnings.add(new ReacWarning("texte", 0, "REAC à l'ancienne mise en page (" + layout.label() + ") : les "
                    + "indicateurs de performance ont été lus comme critères de performance."));
        }
        IdentityReader.Identity identity = IdentityReader.read(sections.front(), clean.furniture());
        warnings.addAll(identity.warnings());
        List<ReadCompetency> competencies = new ArrayList<>();
        for (ReacSections.Sheet sheet : sections.competencies()) {
            ReadCompetency read = CompetencySheetReader.read(sheet.number(), sheet.heading().number(), sheet.carried(),
                    sheet.lines(), "compétence " + sheet.number(), clean.ocrRepairs());
            competencies.add(read);
            warnings.addAll(read.warnings());
        }
        List<ReadCompetency> transversal = TransversalSheetReader.read(sections.transversal(), clean.ocrRepairs());
        transversal.forEach(t -> warnings.addAll(t.warnings()));
        TitleStructure.Result structure = TitleStructure.assemble(
                sections.activities().stream().map(ActivitySheetReader::read).toList(),
                sections.extensions().stream().map(ActivitySheetReader::read).toList(), competencies);
        warnings.addAll(structure.warnings());
        if (structure.ccps().isEmpty()) {
            throw new ReacRefusal("Aucune fiche « activité type » n'a été trouvée dans ce REAC : les CCP ne peuvent pas "
                    + "être construits. Rien n'a été importé.");
        }
        warnings.addAll(SummaryCheck.check(SummaryReader.read(sections.front()), structure.ccps(),
                transversal.stream().map(ReadCompetency::name).toList()));
        ReacDraft draft = draft(identity, structure, transversal);
        return new ReacImport(draft, List.copyOf(warnings), MissingFields.of(draft));
    }

    private static ReacDraft draft(IdentityReader.Identity id, TitleStructure.Result structure,
                                   List<ReadCompetency> transversal) {
        List<ReacDraft.Ccp> ccps = new ArrayList<>();
        for (int i = 0; i < structure.ccps().size(); i++) {
            TitleStructure.Block block = structure.ccps().get(i);
            ccps.add(new ReacDraft.Ccp(i + 1, block.activity().name(), List.of(), competencies(block)));
        }
        List<ReacDraft.CcsBlock> ccs = structure.ccs().stream()
                .map(b -> new ReacDraft.CcsBlock(null, b.activity().name(), competencies(b))).toList();
        Integer eqf = id.level() != null && id.level() >= 1 && id.level() <= 8 ? id.level() : null;
        String source = "REAC" + (id.acronym() == null ? "" : " " + id.acronym())
                + (id.code() == null ? "" : ", " + id.code())
                + (id.version() == null ? "" : ", millésime " + id.version())
                + (id.validFrom() == null ? "" : ", validé le " + french(id.validFrom())) + " (import du REAC)";
        return new ReacDraft(id.code(), id.acronym(), id.name(), id.level(), eqf, id.nsf(), id.rome(), id.version(),
                null, id.validFrom(), null, null, null, source, null, null, ccps,
                transversal.stream().map(t -> new ReacDraft.Transversal(t.name(), t.description(), t.criteria()))
                        .toList(), ccs);
    }

    private static List<ReacDraft.Competency> competencies(TitleStructure.Block block) {
        return block.competencies().stream()
                .map(c -> new ReacDraft.Competency(c.number(), c.name(), c.description(), c.criteria())).toList();
    }

    private static String french(String isoDate) {
        return isoDate.substring(8, 10) + "/" + isoDate.substring(5, 7) + "/" + isoDate.substring(0, 4);
    }
}
