package fr.titrepro.eligibility.web;

import fr.titrepro.eligibility.HoursFormat;
import io.quarkus.qute.TemplateExtension;

/** Numbers as the VAE pages show them ("1 607", "912,5"). */
@TemplateExtension
final class VaeTemplateExtensions {

    private VaeTemplateExtensions() {
    }

    static String vaeNumber(Double value) {
        return value == null ? "" : HoursFormat.of(value);
    }

    static String vaeNumber(Long value) {
        return value == null ? "" : HoursFormat.of(value);
    }
}
