package fr.titrepro.candidate;

import java.nio.charset.StandardCharsets;
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
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] header = (headerLine() + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + header.length);
        System.arraycopy(header, 0, all, bom.length, header.length);
        return all;
    }
}
