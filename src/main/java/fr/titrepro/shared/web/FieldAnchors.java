package fr.titrepro.shared.web;

import io.quarkus.qute.TemplateExtension;

/**
 * The id of the field that a form error names, for the links of the error summaries (issue 18, RGAA 11.10): a plain
 * field « birthName » or a nested one « person.birthName » is the input of that name ({@code prefix} + name), a row
 * field « experiences[2].organisation » the input « experiences-2-organisation ».
 */
@TemplateExtension
public final class FieldAnchors {

    private FieldAnchors() {
    }

    static String fieldAnchor(String field, String prefix) {
        if (field.contains("[")) {
            return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        }
        return prefix + field.substring(field.lastIndexOf('.') + 1);
    }
}
