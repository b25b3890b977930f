package fr.titrepro.referential.file;

import com.fasterxml.jackson.databind.JsonNode;
import fr.titrepro.shared.error.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the typed fields of a référentiel file's tree, collecting a French error with its path for each field that
 * is missing, of the wrong type or out of bounds (the value is then {@code null}): every error is listed at once.
 */
final class JsonFields {

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean requireArray(JsonNode node, String path, boolean required, String emptyMessage) {
        if (absent(node, path, required)) {
            return false;
        }
        if (!node.isArray()) {
            error(path, "Doit être une liste.");
            return false;
        }
        if (required && node.isEmpty()) {
            error(path, emptyMessage);
            return false;
        }
        return true;
    }

    String text(JsonNode parent, String field, String prefix, boolean required, int maxLength) {
        JsonNode node = parent.get(field);
        if (absent(node, prefix + field, required)) {
            return null;
        }
        if (!node.isTextual()) {
            error(prefix + field, node.isNumber()
                    ? "Doit être un texte : écrivez la valeur entre guillemets (ex. \"05\")."
                    : "Doit être un texte.");
            return null;
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            if (required) {
                error(prefix + field, "Champ obligatoire.");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(prefix + field, "Ne peut dépasser " + maxLength + " caractères.");
            return null;
        }
        return value;
    }

    Integer integer(JsonNode parent, String field, String prefix, boolean required, int min, int max) {
        JsonNode node = parent.get(field);
        if (absent(node, prefix + field, required)) {
            return null;
        }
        if (!node.isInt()) {
            error(prefix + field, "Doit être un nombre entier.");
            return null;
        }
        int value = node.asInt();
        if (value < min || value > max) {
            error(prefix + field, "Doit être compris entre " + min + " et " + max + ".");
            return null;
        }
        return value;
    }

    LocalDate date(JsonNode parent, String field, String prefix, boolean required) {
        JsonNode node = parent.get(field);
        if (absent(node, prefix + field, required)) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            error(prefix + field, "Date invalide : format attendu AAAA-MM-JJ.");
            return null;
        }
    }

    /** Whether the field is missing (or null); refused when it is required. */
    private boolean absent(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "Champ obligatoire.");
            }
            return true;
        }
        return false;
    }
}
