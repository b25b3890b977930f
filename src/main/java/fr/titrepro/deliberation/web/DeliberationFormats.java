package fr.titrepro.deliberation.web;

import fr.titrepro.shared.text.FrenchDates;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/** Dates as the deliberation page writes them: {@code {delib:day(i)}} « 12 mars 2026 », {@code {delib:time(i)}} « 14h05 ». */
@TemplateExtension(namespace = "delib")
public final class DeliberationFormats {

    /** The PV's dates and times are those of mainland France, whatever the server's zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private DeliberationFormats() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : FrenchDates.longDate(LocalDate.ofInstant(instant, PARIS));
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(PARIS));
    }

    static String date(LocalDate date) {
        return FrenchDates.longDate(date);
    }
}
