package fr.titrepro.shared.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file that leaves the platform to be opened in a spreadsheet: « ; » separated (French Excel), CRLF records,
 * UTF-8 with a BOM, quoting by Commons CSV's printer (a value holding « ; », a quote, CR or LF is quoted), and every
 * value neutralised against formula injection: a value starting with {@code = + - @}, a tab or a carriage return is
 * prefixed with {@code '} so that the spreadsheet shows it as text instead of evaluating it (OWASP, « CSV
 * Injection »: https://owasp.org/www-community/attacks/CSV_Injection).
 */
public final class SpreadsheetCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private final StringWriter text = new StringWriter();
    private final CSVPrinter printer;

    public SpreadsheetCsv(String... header) {
        try {
            printer = new CSVPrinter(text, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header);
    }

    /** One record; {@code null} is an empty cell, anything else its text, neutralised. */
    public SpreadsheetCsv row(Object... values) {
        List<String> cells = Arrays.stream(values).map(v -> v == null ? "" : neutralise(v.toString())).toList();
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file: BOM (so that Excel reads the accents) then the records, UTF-8. */
    public byte[] bytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(BOM, BOM.length + body.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /** The value a spreadsheet will show as typed, never evaluate: a formula prefix gets a leading {@code '}. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
