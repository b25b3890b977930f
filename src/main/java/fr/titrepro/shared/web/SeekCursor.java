package fr.titrepro.shared.web;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page of a list starts (keyset, or « seek », pagination): the sort values of the last row shown,
 * opaque to the client. The next page reads from there through the list's index instead of counting and skipping
 * every earlier row as an offset does (issue 14: the offset of page 5,000 of a million candidates reads 100,000 rows).
 */
public record SeekCursor(List<String> values) {

    private static final String SEPARATOR = "\u001f";

    public static SeekCursor of(Object... values) {
        return new SeekCursor(Arrays.stream(values).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a link or a client sent back, with the number of sort values the list expects; null when absent. */
    public static SeekCursor decode(String text, int expectedValues) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            List<String> values = List.of(decoded.split(SEPARATOR, -1));
            if (values.size() == expectedValues) {
                return new SeekCursor(values);
            }
        } catch (IllegalArgumentException unreadable) {
            // answered below
        }
        throw unreadable();
    }

    public String value(int index) {
        return values.get(index);
    }

    public long longValue(int index) {
        try {
            return Long.parseLong(values.get(index));
        } catch (NumberFormatException e) {
            throw unreadable();
        }
    }

    public LocalDate dateValue(int index) {
        try {
            return LocalDate.parse(values.get(index));
        } catch (DateTimeParseException e) {
            throw unreadable();
        }
    }

    private static ProblemException unreadable() {
        return ProblemException.invalid("Pagination invalide.", List.of(new FieldError("after",
                "Le repère de page « after » est illisible : reprenez le lien « Suivant » de la page précédente.")));
    }
}
