package fr.titrepro.shared.text;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-sheet Excel workbook (.xlsx, Apache POI) that leaves the platform: optional note rows (what the table is,
 * its filters), one bold header row frozen on screen, then the data rows with typed cells — a number is a number
 * cell, a {@link LocalDate} a date cell (dd/mm/yyyy), a {@link Percent} a number cell formatted as a percentage
 * (0.0 %), anything else text (never read as a formula: POI stores it as a string cell), null an empty cell.
 * The results of a session (deliberation) and the dashboard's tables (insights) are written with it.
 */
public final class SpreadsheetXlsx {

    /** A rate in percent (58.3 for 58.3 %), stored as the fraction 0.583 and shown « 58,3 % » by the spreadsheet. */
    public record Percent(double value) {
    }

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle percent;
    private final List<Integer> widths = new ArrayList<>();
    private int next;

    /** @param sheetName any text: characters a sheet name may not hold are replaced, and it is cut to 31 */
    public SpreadsheetXlsx(String sheetName) {
        sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.0%"));
    }

    /** A row of text above the table (title, filters); it does not size the columns. */
    public SpreadsheetXlsx note(List<?> values) {
        write(values, null, false);
        return this;
    }

    /** The header row, bold, frozen above the data rows; each heading sizes its column (12 to 60 characters). */
    public SpreadsheetXlsx header(List<String> headings) {
        write(headings, bold, true);
        sheet.createFreezePane(0, next);
        return this;
    }

    /** One data row. */
    public SpreadsheetXlsx row(List<?> values) {
        write(values, null, false);
        return this;
    }

    public byte[] bytes() {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, widths.get(i) + 2)) * 256);
        }
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Classeur impossible à écrire", e);
        }
    }

    private void write(List<?> values, CellStyle style, boolean sizes) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (sizes) {
                while (widths.size() <= i) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), v == null ? 0 : v.toString().length()));
            }
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (v) {
                case Percent p -> {
                    cell.setCellValue(p.value() / 100);
                    cell.setCellStyle(percent);
                }
                case Number n -> cell.setCellValue(n.doubleValue());
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                default -> cell.setCellValue(v.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
