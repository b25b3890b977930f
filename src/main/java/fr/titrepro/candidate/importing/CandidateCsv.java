package fr.titrepro.candidate.importing;

import fr.titrepro.shared.text.CsvInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate import file as French offices export it: {@code ;} or {@code ,} separated, UTF-8 (with or without
 * BOM) or Windows-1252, detected by {@link CsvInput}.
 */
public record CandidateCsv(String encoding, char delimiter, List<String> header, List<ImportColumn> columns,
                           List<Row> rows, List<ImportRowError> headerErrors) {

    public static final Charset WINDOWS_1252 = CsvInput.WINDOWS_1252;
    public static final int MAX_ROWS = 50_000;
    private static final Set<ImportColumn> REQUIRED = EnumSet.of(ImportColumn.BIRTH_NAME, ImportColumn.FIRST_NAMES,
            ImportColumn.SEX, ImportColumn.BIRTH_DATE, ImportColumn.PATHWAY);

    /** A data line: its number in the file (as a spreadsheet numbers it, header = 1) and its values. */
    public record Row(int line, List<String> values) {

        public boolean isBlank() {
            return values.stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    public static CandidateCsv read(byte[] content) {
        CsvInput input = CsvInput.decode(content);
        String text = input.text();
        String encoding = input.encoding();
        char delimiter = input.delimiter();
        List<ImportRowError> errors = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<ImportColumn> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (header.isEmpty()) {
                    header.addAll(record.toList());
                    readHeader(header, columns, errors);
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    errors.add(new ImportRowError((int) record.getRecordNumber(), "",
                            "Le fichier dépasse " + MAX_ROWS + " lignes : découpez-le en plusieurs fichiers."));
                    break;
                }
                rows.add(new Row((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new ImportRowError(0, "", "Fichier CSV illisible : " + frenchCause(e)));
        }
        if (header.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportRowError(1, "", "Le fichier est vide : la première ligne doit porter les noms des colonnes "
                    + "(téléchargez le modèle)."));
        }
        return new CandidateCsv(encoding, delimiter, List.copyOf(header), columns, rows, errors);
    }

    private static void readHeader(List<String> header, List<ImportColumn> columns, List<ImportRowError> errors) {
        Set<ImportColumn> seen = EnumSet.noneOf(ImportColumn.class);
        for (String name : header) {
            ImportColumn column = ImportColumn.ofHeader(name).orElse(null);
            if (name.isBlank()) {
                errors.add(new ImportRowError(1, "", "Une colonne n'a pas de nom dans la ligne d'en-tête."));
            } else if (column == null) {
                errors.add(new ImportRowError(1, name, "Colonne inconnue « " + name + " » : utilisez les noms du modèle."));
            } else if (!seen.add(column)) {
                errors.add(new ImportRowError(1, name, "Colonne en double : « " + column.header() + " »."));
                column = null;
            }
            columns.add(column);
        }
        for (ImportColumn required : REQUIRED) {
            if (!seen.contains(required)) {
                errors.add(new ImportRowError(1, required.header(), "Colonne obligatoire absente : « " + required.header() + " »."));
            }
        }
        if (!seen.contains(ImportColumn.BIRTH_COMMUNE) && !seen.contains(ImportColumn.BIRTH_COUNTRY)) {
            errors.add(new ImportRowError(1, ImportColumn.BIRTH_COMMUNE.header(), "Colonnes du lieu de naissance absentes : "
                    + "« commune_naissance » et « departement_naissance », et/ou « pays_naissance »."));
        }
    }

    /** The value of the column for an API field on that row, or null when the file has no such column. */
    public String value(Row row, String field) {
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn c = columns.get(i);
            if (c != null && c.field().equals(field)) {
                return i < row.values().size() ? row.values().get(i) : null;
            }
        }
        return null;
    }

    /** The header as written in the file for an API field (the template's name when the file lacks the column). */
    public String headerOf(String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && columns.get(i).field().equals(field)) {
                return header.get(i);
            }
        }
        return ImportColumn.ofField(field).map(ImportColumn::header).orElse(field);
    }

    static boolean isUtf8(byte[] content) {
        return CsvInput.isUtf8(content);
    }

    static char delimiterOf(String text) {
        return CsvInput.delimiterOf(text);
    }

    private static String frenchCause(Exception e) {
        return CsvInput.frenchCause(e);
    }
}
