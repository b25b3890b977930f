package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 7 of the REAC parser: one competency sheet. Its name is the text right under the sheet heading (lines joined,
 * final full stop dropped); its description the paragraphs under « Description de la compétence » (with the start
 * carried over from before the heading, see {@link ReacSections}); its criteria the lines under « Critères de
 * performance » (or « Indicateurs de performance »), read by {@link CriteriaReader}. The professional contexts and the
 * savoir-faire are not read (the file format does not keep them).
 */
final class CompetencySheetReader {

    record ReadCompetency(int number, String name, String description, List<String> criteria, int line,
                          List<ReacWarning> warnings) {
    }

    private CompetencySheetReader() {
    }

    static ReadCompetency read(int number, int headingLine, List<SourceLine> carried, List<SourceLine> lines,
                               String where, Set<Integer> ocrRepairs) {
        List<SourceLine> name = new ArrayList<>();
        List<SourceLine> stray = new ArrayList<>();
        List<SourceLine> description = new ArrayList<>();
        List<SourceLine> criteria = new ArrayList<>();
        split(lines, name, stray, description, criteria);
        List<ReacWarning> warnings = new ArrayList<>();
        List<SourceLine> text = new ArrayList<>(carried);
        boolean hasDescriptionHeading = !description.isEmpty();
        if (!carried.isEmpty() || !hasDescriptionHeading) {
            text.addAll(stray);
        } else if (stray.stream().anyMatch(l -> !l.isBlank())) {
            warnings.add(new ReacWarning(where, stray.stream().filter(l -> !l.isBlank()).findFirst().orElseThrow()
                    .number(), "Texte entre le titre et la description, hors rubrique : il a été ignoré."));
        }
        text.addAll(description);
        String descriptionText = String.join("\n\n", Lines.paragraphs(text));
        String nameText = Lines.name(name);
        if (nameText.isEmpty()) {
            warnings.add(new ReacWarning(where, headingLine, "Intitulé de la compétence introuvable sous le titre de la fiche."));
        }
        if (descriptionText.isEmpty()) {
            warnings.add(new ReacWarning(where, headingLine, "Description de la compétence introuvable."));
        }
        CriteriaReader.Result read = CriteriaReader.read(criteria, where, ocrRepairs);
        warnings.addAll(read.warnings());
        if (read.criteria().isEmpty()) {
            warnings.add(new ReacWarning(where, headingLine, "Aucun critère de performance trouvé dans cette fiche."));
        }
        if (name.size() > 1) {
            warnings.add(new ReacWarning(where, name.get(0).number(), "Intitulé écrit sur " + name.size()
                    + " lignes : les lignes ont été réunies. Vérifiez-le."));
        }
        return new ReadCompetency(number, nameText, descriptionText,
                read.criteria().stream().map(CriteriaReader.ReadCriterion::text).toList(), headingLine, warnings);
    }

    /** Sorts the sheet's lines: the name under the heading, then the description and criteria under their headings. */
    private static void split(List<SourceLine> lines, List<SourceLine> name, List<SourceLine> stray,
                              List<SourceLine> description, List<SourceLine> criteria) {
        Headings.Part part = null;
        boolean nameDone = false;
        for (SourceLine line : lines) {
            Headings.Part heading = Headings.part(line.text());
            if (heading != null) {
                part = heading;
                nameDone = true;
                continue;
            }
            if (part == null && !nameDone) {
                if (line.isBlank()) {
                    nameDone = !name.isEmpty();
                } else {
                    name.add(line);
                }
                continue;
            }
            List<SourceLine> target = part == null ? stray : switch (part) {
                case DESCRIPTION -> description;
                case CRITERIA -> criteria;
                default -> null;
            };
            if (target != null) {
                target.add(line);
            }
        }
    }
}
