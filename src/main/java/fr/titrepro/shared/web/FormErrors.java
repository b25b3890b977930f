package fr.titrepro.shared.web;

import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusal of one form of a page, shown next to it: {@code form} names the form ("decide-12" for the decision on
 * enrolment 12), {@code fields} the message of each field (several messages of a field are joined).
 */
public record FormErrors(String form, String detail, Map<String, String> fields, List<String> messages) {

    public static FormErrors none() {
        return new FormErrors(null, null, Map.of(), List.of());
    }

    public static FormErrors of(String form, ProblemException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            if (error.field() != null) {
                fields.merge(error.field(), error.message(), (a, b) -> a + " " + b);
            }
        }
        List<String> messages = e.errors().isEmpty() ? List.of(e.getMessage())
                : e.errors().stream().map(FieldError::message).distinct().toList();
        return new FormErrors(form, e.getMessage(), fields, messages);
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

    public String field(String field) {
        return fields.get(field);
    }

    public boolean isEmpty() {
        return form == null;
    }
}
