package fr.titrepro.candidate.importing;

import fr.titrepro.shared.text.SpreadsheetCsv;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The template offered for download: the header line, ;-separated, UTF-8 with a BOM so that Excel reads accents. */
public final class ImportTemplate {

    public static final String FILE_NAME = "modele-import-candidats.csv";

    private ImportTemplate() {
    }

    public static String headerLine() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(";"));
    }

    public static byte[] bytes() {
        return new SpreadsheetCsv(Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .toArray(String[]::new)).bytes();
    }
}
