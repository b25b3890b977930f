package fr.titrepro.shared.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every invalid field of an input before refusing it once, with all the French messages. */
public final class Violations {

    public static final String REQUIRED = "Champ obligatoire.";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Adds the message when {@code broken} holds. */
    public Violations when(boolean broken, String field, String message) {
        if (broken) {
            add(field, message);
        }
        return this;
    }

    /** Records "Champ obligatoire." when the value is null or blank; says whether it was present. */
    public boolean required(String field, Object value) {
        boolean missing = value == null || value instanceof String s && s.isBlank();
        when(missing, field, REQUIRED);
        return !missing;
    }

    public Violations maxLength(String field, String value, int max) {
        return when(value != null && value.strip().length() > max, field, "Ne peut dépasser " + max + " caractères.");
    }

    public Violations email(String field, String value) {
        return when(value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches(), field,
                "Adresse électronique invalide.");
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws a validation problem listing every error, if there is any. */
    public void throwIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(detail, errors);
        }
    }
}
