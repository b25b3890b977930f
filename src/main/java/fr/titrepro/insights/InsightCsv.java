package fr.titrepro.insights;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the dashboard as CSV (semicolon, as French spreadsheets expect): per column, the rate, the count and
 * the number of candidates, or « < 10 candidats » and empty cells when suppressed. Pure.
 */
public final class InsightCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private InsightCsv() {
    }

    public static String of(InsightReport report, InsightTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord("Titre", report.titleLabel(), "Période", report.from() + " – " + report.to());
            csv.printRecord(header(table));
            for (InsightTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.key(), row.label()));
                for (Figure f : row.cells()) {
                    cells.add(f.suppressed() ? SmallCellPolicy.SUPPRESSED_LABEL : String.valueOf(f.rate()));
                    cells.add(f.suppressed() ? "" : String.valueOf(f.count()));
                    cells.add(f.suppressed() ? "" : String.valueOf(f.candidates()));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The header row of a table's export (CSV and xlsx): key, label, then rate, count and candidates per column. */
    public static List<String> header(InsightTable table) {
        List<String> header = new ArrayList<>(List.of("Clé", table.rowHeading()));
        for (String column : table.columns()) {
            header.add(column + " (%)");
            header.add(column + " (nombre)");
            header.add(column + " (candidats)");
        }
        return header;
    }
}
