package fr.titrepro.candidate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate import file as French offices export it: {@code ;} or {@code ,} separated, UTF-8 (with or without
 * BOM) or Windows-1252. A file that decodes as UTF-8 is UTF-8; any other is read as Windows-1252 (Excel's
 * "CSV (séparateur : point-virgule)" on a French Windows). The separator is the more frequent of the two in the
 * header line.
 */
public record CandidateCsv(String encoding, char delimiter, List<String> header, List<ImportColumn> columns,
                           List<Row> rows, List<ImportRowError> headerErrors) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
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
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(content, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String encoding = charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252";
        char delimiter = delimiterOf(text);
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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The more frequent of ; and , in the first line, outside quotes (a tie, or neither: ;). */
    static char delimiterOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private static String frenchCause(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF") || message.contains("encapsulated")) {
            return "un guillemet ouvrant n'est jamais refermé.";
        }
        return "structure incorrecte (guillemets, séparateurs).";
    }
}
