package fr.titrepro.deliberation;

import fr.titrepro.shared.text.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The results of a session as files: an Excel workbook (.xlsx, Apache POI; dates are date cells) and a CSV
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
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            List<String> headers = headers(t);
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(head);
            }
            int n = 1;
            for (SessionResults.Row r : t.rows()) {
                Row row = sheet.createRow(n++);
                List<Object> cells = cells(t, r);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    if (v instanceof LocalDate d) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v != null) {
                        // typed by people: stored as text, never read as a formula
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 2)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Classeur des résultats impossible", e);
        }
    }
}
