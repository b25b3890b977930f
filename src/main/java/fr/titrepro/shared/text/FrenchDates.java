package fr.titrepro.shared.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as official French documents write them: « 1er mars 2026 », « 14 mai 1998 ». */
public final class FrenchDates {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    private FrenchDates() {
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
}
