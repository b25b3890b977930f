package fr.titrepro.shared.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French dates, both ways: as official French documents write them (« 1er mars 2026 », « 14/05/1998 ») and as
 * French offices type and export them (jj/mm/aaaa, also with - or ., or ISO aaaa-mm-jj).
 */
public final class FrenchDates {

    /**
     * The time zone of the platform's dates (sessions, PV, documents, deadlines): the regulation's days are those of
     * metropolitan France, whatever the server's zone.
     */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String EXPECTED = "format attendu jj/mm/aaaa ou aaaa-mm-jj";
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    /** A spreadsheet may add a midnight time to a date cell. */
    private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?: 0?0:00(?::00)?)?$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]00:00(?::00)?)?$");

    private FrenchDates() {
    }

    /** Today in France ({@link #PARIS}). */
    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    public static String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }

    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** The date, or null when the text is not a real date in one of the accepted formats (31/02 is refused). */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            Matcher m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
