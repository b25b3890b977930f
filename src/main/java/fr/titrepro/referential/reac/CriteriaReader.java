package fr.titrepro.referential.reac;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 8 of the REAC parser: the criteria of one sheet, from the lines under « Critères de performance ». One criterion
 * per line; bullets are removed; a line that continues the sentence of the line above (it starts in lower case, or
 * the line above ends with « , », « et », « de »…) is joined to it, with a warning; blank lines separate nothing.
 */
final class CriteriaReader {

    /** One criterion, with the lines of the received text it was read from. */
    record ReadCriterion(String text, int firstLine, int lastLine) {
    }

    record Result(List<ReadCriterion> criteria, List<ReacWarning> warnings) {
    }

    private CriteriaReader() {
    }

    static Result read(List<SourceLine> lines, String where, Set<Integer> ocrRepairs) {
        List<ReadCriterion> criteria = new ArrayList<>();
        List<ReacWarning> warnings = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = Lines.withoutBullet(line.text());
            if (text.isEmpty()) {
                continue;
            }
            int last = criteria.size() - 1;
            if (last >= 0 && Lines.continues(criteria.get(last).text(), text)) {
                ReadCriterion previous = criteria.get(last);
                criteria.set(last, new ReadCriterion(Lines.join(previous.text(), text), previous.firstLine(),
                        line.number()));
            } else {
                criteria.add(new ReadCriterion(text, line.number(), line.number()));
            }
        }
        for (int i = 0; i < criteria.size(); i++) {
            ReadCriterion c = criteria.get(i);
            String place = where + ", critère " + (i + 1);
            if (c.lastLine() > c.firstLine()) {
                warnings.add(new ReacWarning(place, c.firstLine(), "Critère écrit sur plusieurs lignes (lignes "
                        + c.firstLine() + " à " + c.lastLine() + ") : les lignes ont été réunies. Vérifiez-le."));
            }
            for (int n = c.firstLine(); n <= c.lastLine(); n++) {
                if (ocrRepairs.contains(n)) {
                    warnings.add(new ReacWarning(place, c.firstLine(),
                            "Critère corrigé après reconnaissance de caractères (OCR) : relisez-le mot à mot."));
                    break;
                }
            }
        }
        return new Result(criteria, warnings);
    }
}
