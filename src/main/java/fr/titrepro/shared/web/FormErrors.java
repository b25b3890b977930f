package fr.titrepro.shared.web;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 17: the one contract of a page's refused form, shown next to it by the field tags ({@code tags/field*.html})
 * and the error summary: {@code form} names the form ("decide-12" for the decision on enrolment 12), {@code fields}
 * the French message of each field (several messages of a field are joined), built from a refusal of the services
 * (a {@link ProblemException} whose errors name their field), from Bean Validation violations, or from the values a
 * form could not read.
 */
public record FormErrors(String form, String detail, Map<String, String> fields, List<String> messages) {

    /** The form of a page that has only one. */
    public static final String PAGE = "page";

    public FormErrors {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public static FormErrors none() {
        return new FormErrors(null, null, Map.of(), List.of());
    }

    public static FormErrors of(String form, ProblemException e) {
        return of(form, e.getMessage(), e.errors());
    }

    /** The refusal of the page's only form. */
    public static FormErrors of(ProblemException e) {
        return of(PAGE, e);
    }

    /** The field errors of a form (none: no refusal), with the detail shown above the form. */
    public static FormErrors of(String form, String detail, List<FieldError> errors) {
        if (detail == null && errors.isEmpty()) {
            return none();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : errors) {
            if (error.field() != null) {
                fields.merge(error.field(), error.message(), (a, b) -> a.equals(b) ? a : a + " " + b);
            }
        }
        List<String> messages = errors.isEmpty() ? List.of(detail)
                : errors.stream().map(FieldError::message).distinct().toList();
        return new FormErrors(form, detail, fields, messages);
    }

    /** One field of the page's only form refused, with its message. */
    public static FormErrors ofField(String field, String message) {
        return of(PAGE, null, List.of(new FieldError(field, message)));
    }

    /** Bean Validation violations of a bound form, each on its property path ({@code person.birthName}). */
    public static FormErrors of(String form, String detail, Collection<? extends ConstraintViolation<?>> violations) {
        return of(form, detail, fieldErrors(violations));
    }

    /** The violations as field errors, in the order of their paths. */
    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        return errors;
    }

    /** These errors and those of another check of the same form. */
    public FormErrors and(List<FieldError> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<FieldError> all = new ArrayList<>();
        fields.forEach((f, m) -> all.add(new FieldError(f, m)));
        all.addAll(more);
        return of(form == null ? PAGE : form, detail == null ? more.getFirst().message() : detail, all);
    }

    /** This form of the page was refused. */
    public boolean on(String name) {
        return name.equals(form);
    }

    /** This form, repeated on the page for the given item, was refused. */
    public boolean on(String name, Long id) {
        return (name + "-" + id).equals(form);
    }

    /** The field was refused (pages with one form). */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The field of this form was refused. */
    public boolean has(String name, Long id, String field) {
        return on(name, id) && fields.containsKey(field);
    }

    public boolean has(String name, String field) {
        return on(name) && fields.containsKey(field);
    }

    /** The message of the field of this form (repeated for the given item), or null when it was not refused. */
    public String message(String name, Long id, String field) {
        return has(name, id, field) ? fields.get(field) : null;
    }

    /** The message of the field of this form, or null. */
    public String message(String name, String field) {
        return has(name, field) ? fields.get(field) : null;
    }

    /** The message of the field (pages with one form), or null when it was not refused. */
    public String field(String field) {
        return fields.get(field);
    }

    /**
     * The message shown next to the main choice of a small form refused (the juror to add, the candidate to enrol):
     * the field's own message, or the refusal's detail (a rule refusing that choice names its rule, not the field).
     */
    public String refusal(String name, String field) {
        if (!on(name)) {
            return null;
        }
        return fields.containsKey(field) ? fields.get(field) : detail;
    }

    /** The same, but null when the refusal is about the form's other field (shown next to it). */
    public String refusal(String name, String field, String other) {
        return fields.containsKey(other) && !fields.containsKey(field) ? null : refusal(name, field);
    }

    /** The detail of this form's refusal (shown next to a file whose lines were refused), or null. */
    public String detailOf(String name) {
        return on(name) ? detail : null;
    }

    /** The messages of the refusal that name no field ({@code ""}): shown above the form. */
    public List<String> general() {
        return fields.containsKey("") ? List.of(fields.get("")) : List.of();
    }

    public boolean isEmpty() {
        return form == null;
    }
}
