package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clean-up steps of the REAC parser, in order: characters ({@link CharacterCleanup}), page furniture
 * ({@link PageFurnitureFilter}), revision marks ({@link RevisionMarkFilter}), OCR artefacts ({@link OcrRepair}).
 *
 * @param lines      the text to parse, numbered as received
 * @param furniture  the page headers and footers removed (the identity reader reads the REAC's cartouche there)
 * @param ocr        whether the text was recognised by OCR and repaired
 * @param ocrRepairs the numbers of the lines the OCR repair changed
 */
record TextCleanup(List<SourceLine> lines, List<SourceLine> furniture, boolean ocr, Set<Integer> ocrRepairs,
                   List<ReacWarning> warnings) {

    static TextCleanup of(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, CharacterCleanup.clean(raw[i])));
        }
        PageFurnitureFilter.Result pages = PageFurnitureFilter.filter(lines);
        RevisionMarkFilter.Result revisions = RevisionMarkFilter.filter(pages.kept());
        List<ReacWarning> warnings = new ArrayList<>(revisions.warnings());
        if (!OcrRepair.looksLikeOcr(revisions.kept())) {
            return new TextCleanup(revisions.kept(), pages.removed(), false, Set.of(), warnings);
        }
        OcrRepair.Result repaired = OcrRepair.repair(revisions.kept());
        warnings.add(new ReacWarning("texte", 0, "Le texte semble issu d'une reconnaissance de caractères (OCR) : "
                + repaired.correctedLines().size() + " ligne(s) corrigée(s) (accents, « l' », « à »). Relisez les "
                + "critères signalés."));
        return new TextCleanup(repaired.lines(), pages.removed(), true, new HashSet<>(repaired.correctedLines()),
                warnings);
    }
}
