package fr.titrepro.shared.web;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 17: a value typed in a page's form read once, at the web edge, into its type: blank is null, an unreadable
 * value is null and a French {@link FieldError} on its field, so that the services receive typed values only and the
 * page shows every refusal next to its field ({@link FormErrors}).
 */
public final class FormInput {

    public static final String BAD_DATE = "Date invalide (jj/mm/aaaa).";
    public static final String UNREADABLE = "Le formulaire contient des valeurs illisibles.";
    public static final String UNKNOWN = "Valeur inconnue.";
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One of the readers below, as a function. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(String field, String value, List<FieldError> errors);
    }

    private FormInput() {
    }

    /** The id of a record offered by the page's own select (an unknown value is not a number). */
    public static Long id(String field, String value, List<FieldError> errors) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,18}")) {
            errors.add(new FieldError(field, UNKNOWN));
            return null;
        }
        return Long.valueOf(v);
    }

    /** The text, stripped; null when blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A day, ISO ({@code 2025-03-01}, the date inputs) or French ({@code 01/03/2025}). */
    public static LocalDate date(String field, String value, List<FieldError> errors) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH_DAY) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, BAD_DATE));
            return null;
        }
    }

    /** A whole number (a capacity, years of experience). */
    public static Integer whole(String field, String value, List<FieldError> errors) {
        return whole(field, value, "Nombre entier attendu.", errors);
    }

    /** A whole number, refused with the form's own message (« Indiquez un nombre entier de mois. »). */
    public static Integer whole(String field, String value, String message, List<FieldError> errors) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    /** A decimal number, with a comma or a point, spaces ignored. */
    public static BigDecimal decimal(String field, String value, List<FieldError> errors) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Nombre invalide."));
            return null;
        }
    }

    /** One of the constants of an enum, by its name (the value of a select or a radio group). */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value, String unknown,
                                               List<FieldError> errors) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        errors.add(new FieldError(field, unknown));
        return null;
    }

    /** One value read alone: unreadable, it refuses the form at once, on its field. */
    public static <T> T one(String field, String value, Reader<T> reader) {
        List<FieldError> errors = new ArrayList<>();
        T read = reader.read(field, value, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.getFirst().message(), errors);
        }
        return read;
    }

    /** A constant of an enum posted by the page's own select or button; any other value refuses the form. */
    public static <E extends Enum<E>> E option(Class<E> type, String field, String value) {
        return one(field, value, (f, v, errors) -> choice(type, f, v, UNKNOWN, errors));
    }

    /** Refuses the form when a value could not be read, with every such field. */
    public static void refuseUnreadable(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(UNREADABLE, errors);
        }
    }
}
