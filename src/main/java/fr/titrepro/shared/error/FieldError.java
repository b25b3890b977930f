package fr.titrepro.shared.error;

/** One invalid field: its path in the request (e.g. {@code ccps[0].name}) and a French message. */
public record FieldError(String field, String message) {
}
