package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;

/**
 * An activité type sheet (a CCP) or an activité type d'extension sheet (a CCS): its number, its name (the text under
 * the heading) and the names of its competencies (« Liste des compétences professionnelles de l'activité type »).
 */
final class ActivitySheetReader {

    record ReadActivity(int number, String name, List<String> competencyNames, int line) {
    }

    private ActivitySheetReader() {
    }

    static ReadActivity read(ReacSections.Sheet sheet) {
        List<SourceLine> name = new ArrayList<>();
        List<SourceLine> listed = new ArrayList<>();
        Headings.Part part = null;
        boolean nameDone = false;
        for (SourceLine line : sheet.lines()) {
            Headings.Part heading = Headings.part(line.text());
            if (heading != null) {
                part = heading;
                nameDone = true;
            } else if (!nameDone) {
                if (line.isBlank()) {
                    nameDone = !name.isEmpty();
                } else {
                    name.add(line);
                }
            } else if (part == Headings.Part.ACTIVITY_COMPETENCIES) {
                listed.add(line);
            }
        }
        return new ReadActivity(sheet.number(), Lines.name(name), names(listed), sheet.heading().number());
    }

    /** Names listed one per line (a name broken over two lines is joined), bullets removed. */
    static List<String> names(List<SourceLine> lines) {
        List<String> names = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = Lines.withoutBullet(line.text());
            if (text.isEmpty()) {
                continue;
            }
            int last = names.size() - 1;
            if (last >= 0 && Lines.continues(names.get(last), text)) {
                names.set(last, Lines.join(names.get(last), text));
            } else {
                names.add(text);
            }
        }
        return names.stream().map(n -> Lines.name(List.of(new SourceLine(0, n)))).toList();
    }
}
