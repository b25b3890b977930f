package fr.titrepro.referential.diff.web;

import fr.titrepro.referential.diff.CorrespondenceProposal;
import fr.titrepro.referential.diff.CorrespondenceTable;
import fr.titrepro.referential.diff.VersionComparisonService;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * The correspondence table as the page's form holds it: one row per line, CCP numbers written « 2, 3 »; two empty rows
 * to add lines. Parsed once here into a {@link CorrespondenceTable}.
 */
public record TableForm(boolean official, String decree, String note, List<Row> rows) {

    static final int EMPTY_ROWS = 2;

    /** A row: the old CCPs and the new CCPs, as typed. */
    public record Row(String from, String to) {
    }

    /** The saved table when it replaces {@code fromVersion}, else the proposal; with empty rows. */
    static TableForm prefilled(VersionComparisonService.Comparison c) {
        VersionComparisonService.SavedTable saved = c.currentTable();
        List<Row> rows = new ArrayList<>();
        if (saved != null && saved.fromCode().equals(c.from().code()) && saved.fromVersion().equals(c.from().version())) {
            saved.lines().forEach(l -> rows.add(new Row(join(l.from()), join(l.to()))));
            return withEmptyRows(new TableForm(saved.official(), saved.decree(), saved.note(), rows));
        }
        for (CorrespondenceProposal.ProposedLine line : c.proposal()) {
            rows.add(new Row(join(line.from()), join(line.to())));
        }
        return withEmptyRows(new TableForm(false, null, null, rows));
    }

    static TableForm of(boolean official, String decree, String note, List<String> from, List<String> to) {
        List<Row> rows = new ArrayList<>();
        int n = Math.max(from == null ? 0 : from.size(), to == null ? 0 : to.size());
        for (int i = 0; i < n; i++) {
            String f = from != null && i < from.size() ? from.get(i) : "";
            String t = to != null && i < to.size() ? to.get(i) : "";
            if (!(f == null || f.isBlank()) || !(t == null || t.isBlank())) {
                rows.add(new Row(f == null ? "" : f.strip(), t == null ? "" : t.strip()));
            }
        }
        return new TableForm(official, decree, note, rows);
    }

    static TableForm withEmptyRows(TableForm form) {
        List<Row> rows = new ArrayList<>(form.rows());
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new Row("", ""));
        }
        return new TableForm(form.official(), form.decree(), form.note(), rows);
    }

    /** The command, or a 400 naming the row whose numbers are not numbers. */
    CorrespondenceTable toTable(String fromCode, String fromVersion, boolean overwrite) {
        List<FieldError> errors = new ArrayList<>();
        List<CorrespondenceTable.TableLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new CorrespondenceTable.TableLine(numbers(rows.get(i).from(), "lines[" + i + "].from", i, errors),
                    numbers(rows.get(i).to(), "lines[" + i + "].to", i, errors)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("La table de correspondance n'est pas enregistrée.", errors);
        }
        return new CorrespondenceTable(fromCode, fromVersion, official, decree, note, lines, overwrite);
    }

    private static List<Integer> numbers(String text, String field, int index, List<FieldError> errors) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split("[,+;\\s]+|\\bet\\b")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                numbers.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "Ligne " + (index + 1) + " : écrivez des numéros de CCP séparés par "
                        + "des virgules (ex. « 2, 3 »)."));
                return List.of();
            }
        }
        return numbers;
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
