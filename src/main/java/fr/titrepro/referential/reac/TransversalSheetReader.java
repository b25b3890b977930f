package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The « Fiche des compétences transversales de l'emploi type »: one or more competencies without number, each a name
 * followed by its « Description de la compétence » and its « Critères de performance ». The name of the next
 * competency is the block of lines just above its « Description » heading.
 */
final class TransversalSheetReader {

    private TransversalSheetReader() {
    }

    static List<CompetencySheetReader.ReadCompetency> read(ReacSections.Sheet sheet, Set<Integer> ocrRepairs) {
        if (sheet == null) {
            return List.of();
        }
        List<SourceLine> lines = sheet.lines();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (Headings.part(lines.get(i).text()) == Headings.Part.DESCRIPTION) {
                starts.add(nameStart(lines, i));
            }
        }
        List<CompetencySheetReader.ReadCompetency> read = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            List<SourceLine> part = lines.subList(from, to);
            int line = part.isEmpty() ? sheet.heading().number() : part.get(0).number();
            read.add(CompetencySheetReader.read(0, line, List.of(), part, "compétence transversale " + (k + 1),
                    ocrRepairs));
        }
        return read;
    }

    /** The first line of the block of non-blank lines just above the « Description » heading at {@code index}. */
    private static int nameStart(List<SourceLine> lines, int index) {
        int i = index - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        while (i >= 0 && !lines.get(i).isBlank() && Headings.part(lines.get(i).text()) == null) {
            i--;
        }
        return i + 1;
    }
}
