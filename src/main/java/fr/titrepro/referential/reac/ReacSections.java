package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Step 6 of the REAC parser: the sections. Cuts the text into the front matter (identity, summary tables) and the
 * sheets: activités types, activités types d'extension (CCS), compétences professionnelles, compétences transversales.
 * The glossaries and what follows are left out. When a page break put the start of a competency's description before
 * its sheet heading (the end of the previous sheet holds a « Description de la compétence » heading), those lines are
 * moved to the next competency sheet, with a warning.
 */
record ReacSections(List<SourceLine> front, List<Sheet> activities, List<Sheet> extensions, List<Sheet> competencies,
                    Sheet transversal, List<ReacWarning> warnings) {

    enum Kind { ACTIVITY, EXTENSION, COMPETENCY, TRANSVERSAL }

    /**
     * One sheet: its heading line, its number (0 for the transversal sheet), its lines after the heading, and the lines
     * of its description found before its heading (page break), without their heading.
     */
    record Sheet(Kind kind, int number, SourceLine heading, List<SourceLine> lines, List<SourceLine> carried) {
        Sheet(Kind kind, int number, SourceLine heading) {
            this(kind, number, heading, new ArrayList<>(), new ArrayList<>());
        }
    }

    static ReacSections split(List<SourceLine> lines) {
        List<SourceLine> front = new ArrayList<>();
        List<Sheet> sheets = new ArrayList<>();
        Sheet current = null;
        for (SourceLine line : lines) {
            String text = line.text();
            if (Headings.end(text)) {
                break;
            }
            Sheet opened = open(line);
            if (opened != null) {
                current = opened;
                sheets.add(current);
            } else if (current == null) {
                front.add(line);
            } else {
                current.lines().add(line);
            }
        }
        return assemble(front, sheets);
    }

    private static Sheet open(SourceLine line) {
        String text = line.text();
        OptionalInt n = Headings.competencySheet(text);
        if (n.isPresent()) {
            return new Sheet(Kind.COMPETENCY, n.getAsInt(), line);
        }
        n = Headings.extensionSheet(text);
        if (n.isPresent()) {
            return new Sheet(Kind.EXTENSION, n.getAsInt(), line);
        }
        n = Headings.activitySheet(text);
        if (n.isPresent()) {
            return new Sheet(Kind.ACTIVITY, n.getAsInt(), line);
        }
        return Headings.transversalSheet(text) ? new Sheet(Kind.TRANSVERSAL, 0, line) : null;
    }

    private static ReacSections assemble(List<SourceLine> front, List<Sheet> sheets) {
        List<Sheet> activities = new ArrayList<>();
        List<Sheet> extensions = new ArrayList<>();
        List<Sheet> competencies = new ArrayList<>();
        List<ReacWarning> warnings = new ArrayList<>();
        Sheet transversal = null;
        List<SourceLine> carried = List.of();
        for (Sheet sheet : sheets) {
            if (sheet.kind() == Kind.COMPETENCY && !carried.isEmpty()) {
                warnings.add(new ReacWarning("compétence " + sheet.number(), carried.get(0).number(),
                        "Le début de la description se trouve avant le titre de la fiche (saut de page) : il a été "
                                + "rattaché à la compétence " + sheet.number() + ". Vérifiez la description."));
                sheet.carried().addAll(carried.subList(1, carried.size()));
                carried = List.of();
            }
            if (sheet.kind() == Kind.ACTIVITY || sheet.kind() == Kind.EXTENSION) {
                carried = strayDescription(sheet.lines());
            }
            switch (sheet.kind()) {
                case ACTIVITY -> activities.add(sheet);
                case EXTENSION -> extensions.add(sheet);
                case COMPETENCY -> competencies.add(sheet);
                case TRANSVERSAL -> transversal = sheet;
            }
        }
        return new ReacSections(front, activities, extensions, competencies, transversal, warnings);
    }

    /** Removes and returns the « Description de la compétence » heading and what follows it from a non-competency sheet. */
    private static List<SourceLine> strayDescription(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Headings.part(lines.get(i).text()) == Headings.Part.DESCRIPTION) {
                List<SourceLine> tail = new ArrayList<>(lines.subList(i, lines.size()));
                lines.subList(i, lines.size()).clear();
                return tail;
            }
        }
        return List.of();
    }
}
