package fr.titrepro.shared.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every invalid field of an input before refusing it once, with all the French messages. */
public final class Violations {

    public static final String REQUIRED = "Champ obligatoire.";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{6,30}$");
    private static final Pattern FRENCH_POSTAL_CODE = Pattern.compile("^\\d{5}$");
    /** A Keycloak user name as the platform links it to its records. */
    private static final Pattern LOGIN = Pattern.compile("^[A-Za-z0-9._@-]{2,100}$");

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

    public Violations phone(String field, String value) {
        return when(value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches(), field,
                "Numéro de téléphone invalide.");
    }

    public Violations frenchPostalCode(String field, String value) {
        return when(value != null && !value.isBlank() && !FRENCH_POSTAL_CODE.matcher(value.strip()).matches(), field,
                "Code postal à 5 chiffres.");
    }

    public Violations login(String field, String value) {
        return when(value != null && !value.isBlank() && !LOGIN.matcher(value.strip()).matches(), field,
                "Identifiant de connexion invalide (lettres, chiffres, point, tiret, @ ; 2 à 100 caractères).");
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
