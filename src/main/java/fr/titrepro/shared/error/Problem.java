package fr.titrepro.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, as sent with {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:titrepro:problem:";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + type.slug(), type.title(), type.status(), detail, instance,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** For HTTP statuses that have no type of their own (405…), reported under the nearest type. */
    public static Problem withStatus(ProblemType type, int status, String detail, String instance) {
        return new Problem(TYPE_PREFIX + type.slug(), type.title(), status, detail, instance, null);
    }
}
