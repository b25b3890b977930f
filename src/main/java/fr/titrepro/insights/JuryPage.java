package fr.titrepro.insights;

import fr.titrepro.shared.web.Paged;
import fr.titrepro.shared.web.SeekCursor;

/**
 * Which page of the juries table (one row per session, the latest first) a request asks for: its number (from 0),
 * its size, and for the administration the keyset {@code after} of the previous page's last row (quarter, validation
 * date, session). A centre's juries are anonymised, so their pages go by number only: a cursor would carry the
 * session's date and number.
 */
public record JuryPage(int page, int size, SeekCursor after) {

    public static final int DEFAULT_SIZE = 20;

    /** The first page, as the dashboard opens. */
    public static final JuryPage FIRST = new JuryPage(0, DEFAULT_SIZE, null);

    /** Refuses a negative page, a size outside 1–100 or an unreadable cursor (400 naming the field). */
    public static JuryPage of(int page, int size, String after) {
        Paged.check(page, size);
        return new JuryPage(page, size, SeekCursor.decode(after, 3));
    }

    static SeekCursor cursorOf(Object[] row) {
        return SeekCursor.of(row[6], row[7], row[0]);
    }
}
