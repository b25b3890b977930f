package fr.titrepro.document.web;

import fr.titrepro.shared.text.FrenchDates;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/** Dates as the document pages write them: {@code {doc:date(d.eventDate)}}, {@code {doc:dateTime(d.issuedAt)}}. */
@TemplateExtension(namespace = "doc")
public final class DocumentFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private DocumentFormats() {
    }

    static String date(LocalDate date) {
        return FrenchDates.longDate(date);
    }

    static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return FrenchDates.longDate(LocalDate.ofInstant(instant, PARIS)) + " à " + TIME.format(instant.atZone(PARIS));
    }
}
