package fr.titrepro.eligibility.web;

import fr.titrepro.eligibility.rules.HoursFormat;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/** Numbers and instants as the VAE pages show them ("1 607", "912,5", "06/12/2026 à 23:05", Paris time). */
@TemplateExtension
final class VaeTemplateExtensions {

    private VaeTemplateExtensions() {
    }

    static String vaeNumber(Double value) {
        return value == null ? "" : HoursFormat.of(value);
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(PARIS);

    static String vaeMoment(Instant value) {
        return value == null ? "" : AT.format(value);
    }

    static String vaeNumber(Long value) {
        return value == null ? "" : HoursFormat.of(value);
    }
}
