package fr.titrepro.referential.diff;

import java.util.List;

/**
 * A correspondence table as the administration writes it for a revision: the replaced version, whether the table is
 * the arrêté de spécialité's (then {@code decree} cites it), a note for the users, and its lines (every old CCP of
 * {@code from} held → each new CCP of {@code to}). {@code overwrite} confirms the replacement of the version's
 * current table.
 */
public record CorrespondenceTable(String fromCode, String fromVersion, boolean official, String decree, String note,
                                  List<TableLine> lines, boolean overwrite) {

    public CorrespondenceTable {
        lines = lines == null ? List.of() : List.copyOf(lines);
        decree = blankToNull(decree);
        note = blankToNull(note);
        fromCode = blankToNull(fromCode);
        fromVersion = blankToNull(fromVersion);
    }

    /** A line; numbers may be missing (null or empty lists) until {@link CorrespondenceTablePolicy} checked them. */
    public record TableLine(List<Integer> from, List<Integer> to) {
        public TableLine {
            from = from == null ? List.of() : from.stream().filter(java.util.Objects::nonNull).toList();
            to = to == null ? List.of() : to.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
