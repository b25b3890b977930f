package fr.titrepro.deliberation.results;

import fr.titrepro.shared.text.SpreadsheetCsv;
import fr.titrepro.shared.text.SpreadsheetXlsx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The results of a session as files: an Excel workbook ({@link SpreadsheetXlsx}: dates are date cells) and a CSV
 * ({@link SpreadsheetCsv}: « ; », UTF-8 with BOM, dates dd/MM/yyyy, formulas neutralised). French headers, one row
 * per candidate. Pure.
 */
public final class ResultsFiles {

    static final String SHEET = "Résultats";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ResultsFiles() {
    }

    static List<String> headers(SessionResults.Table t) {
        List<String> h = new ArrayList<>(List.of("Référence", "Nom de naissance", "Nom d'usage", "Prénoms",
                "Date de naissance", "Présence"));
        t.ccps().forEach((n, name) -> h.add("CCP " + n + " – " + name));
        if (t.ccs() != null) {
            h.add("CCS " + t.ccs());
        }
        h.addAll(List.of("Entretien final", "Résultat", "Documents délivrés", "Date du PV"));
        return h;
    }

    /** The cells of a row: text, or {@link LocalDate} for a date; null for an empty cell. */
    static List<Object> cells(SessionResults.Table t, SessionResults.Row r) {
        // List.of refuses nulls: an empty cell is a null here
        List<Object> c = new ArrayList<>(Arrays.asList(r.reference(), r.birthName(), r.usageName(), r.firstNames(),
                r.birthDate(), r.attendance()));
        t.ccps().keySet().forEach(n -> c.add(r.ccps().get(n)));
        if (t.ccs() != null) {
            c.add(r.ccs());
        }
        c.add(r.finalInterview());
        c.add(r.outcome());
        c.add(r.documents().isEmpty() ? null : String.join(" ; ", r.documents()));
        c.add(r.pvDate());
        return c;
    }

    public static byte[] csv(SessionResults.Table t) {
        SpreadsheetCsv csv = new SpreadsheetCsv(headers(t).toArray(String[]::new));
        for (SessionResults.Row r : t.rows()) {
            csv.row(cells(t, r).stream().map(v -> v instanceof LocalDate d ? DAY.format(d) : v).toArray());
        }
        return csv.bytes();
    }

    public static byte[] xlsx(SessionResults.Table t) {
        SpreadsheetXlsx book = new SpreadsheetXlsx(SHEET).header(headers(t));
        // typed by people: text cells, never read as a formula; dates as date cells
        t.rows().forEach(r -> book.row(cells(t, r)));
        return book.bytes();
    }
}
