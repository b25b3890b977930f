package fr.titrepro.insights;

import fr.titrepro.shared.text.SpreadsheetXlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of the dashboard as an Excel workbook, with the columns of its CSV ({@link InsightCsv}): two rows of
 * what it shows (title, period, then the filters), the header, then per column the rate as a percentage cell, the
 * count and the number of candidates as number cells — or the text « < 10 candidats » and empty cells when the
 * figure is suppressed ({@link SmallCellPolicy}). Pure.
 */
public final class InsightXlsx {

    private InsightXlsx() {
    }

    public static byte[] of(InsightReport report, InsightTable table, InsightQuery query) {
        SpreadsheetXlsx book = new SpreadsheetXlsx(table.caption());
        book.note(Arrays.asList("Titre", report.titleCode() + " – " + report.titleLabel(), "Version",
                report.version(), "Période", report.from() + " – " + report.to()));
        book.note(filters(report, query));
        book.header(InsightCsv.header(table));
        for (InsightTable.Row row : table.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.key(), row.label()));
            for (Figure f : row.cells()) {
                if (f.suppressed()) {
                    cells.addAll(Arrays.asList(SmallCellPolicy.SUPPRESSED_LABEL, null, null));
                } else {
                    cells.addAll(List.of(new SpreadsheetXlsx.Percent(f.rate()), f.count(), f.candidates()));
                }
            }
            book.row(cells);
        }
        return book.bytes();
    }

    /** The filters of the request, as label, value pairs: the populations compared, then what was chosen. */
    static List<String> filters(InsightReport report, InsightQuery query) {
        List<String> out = new ArrayList<>(List.of("Populations", String.join(" ; ", report.populations())));
        if (query.centreId() != null) {
            out.addAll(List.of("Centre n°", String.valueOf(query.centreId())));
        }
        if (query.region() != null) {
            out.addAll(List.of("Région", query.region()));
        }
        if (query.ccp() != null) {
            out.addAll(List.of("CCP", query.ccp()));
        }
        if (query.competency() != null) {
            out.addAll(List.of("Compétence", query.competency()));
        }
        return out;
    }
}
