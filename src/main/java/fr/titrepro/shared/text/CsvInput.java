package fr.titrepro.shared.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file sent to the platform as French offices export it: {@code ;} or {@code ,} separated, UTF-8 (with or
 * without BOM) or Windows-1252. A file that decodes as UTF-8 is UTF-8; any other is read as Windows-1252 (Excel's
 * "CSV (séparateur : point-virgule)" on a French Windows). The separator is the more frequent of the two in the
 * header line. The candidate import and the bulk enrolment read their files with it. Pure.
 *
 * @param text      the content decoded, without its BOM
 * @param encoding  « UTF-8 » or « Windows-1252 »
 * @param delimiter {@code ;} or {@code ,}
 */
public record CsvInput(String text, String encoding, char delimiter) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static CsvInput decode(byte[] content) {
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(content, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new CsvInput(text, charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252", delimiterOf(text));
    }

    public static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The more frequent of ; and , in the first line, outside quotes (a tie, or neither: ;). */
    public static char delimiterOf(String text) {
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

    /** Why Commons CSV could not read the file, in French. */
    public static String frenchCause(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF") || message.contains("encapsulated")) {
            return "un guillemet ouvrant n'est jamais refermé.";
        }
        return "structure incorrecte (guillemets, séparateurs).";
    }
}
