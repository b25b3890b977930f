package fr.titrepro.shared.text;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The workbook a table leaves the platform in: typed cells, a bold frozen header, notes above it. */
class SpreadsheetXlsxTest {

    @Test
    void numbersPercentagesAndDatesAreTypedCellsTextStaysTextAndNullIsEmpty() throws Exception {
        byte[] file = new SpreadsheetXlsx("Critères : « non atteint » / divergences [2019]")
                .note(List.of("Titre", "TRI"))
                .header(List.of("Clé", "Taux", "Nombre", "Date", "Formule"))
                .row(Arrays.asList("C1.1", new SpreadsheetXlsx.Percent(36.4), 4L, LocalDate.of(2019, 5, 15),
                        "=1+1"))
                .row(Arrays.asList("C1.2", "< 10 candidats", null, null, null))
                .bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", "]", ":");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("TRI");
            assertThat(book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            Row data = sheet.getRow(2);
            assertThat(data.getCell(1).getNumericCellValue()).isCloseTo(0.364, within(1e-9));
            assertThat(data.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(data.getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(DateUtil.isCellDateFormatted(data.getCell(3))).isTrue();
            assertThat(data.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 5, 15));
            assertThat(data.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("< 10 candidats");
            assertThat(sheet.getRow(3).getCell(2)).isNull();
        }
    }
}
