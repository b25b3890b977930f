package fr.titrepro.security.api;

import fr.titrepro.shared.audit.AdminAction;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The filters of the administration log, parsed once from the query (API and page): action, from, to (days). */
public record AdminLogQuery(AdminAction action, LocalDate from, LocalDate to) {

    public static AdminLogQuery parse(String action, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        AdminAction a = null;
        if (action != null && !action.isBlank()) {
            try {
                a = AdminAction.valueOf(action.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("action", "Action inconnue : « " + action.strip() + " » (attendu : "
                        + Arrays.stream(AdminAction.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")."));
            }
        }
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "La date de fin doit suivre la date de début."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Filtres du journal invalides.", errors);
        }
        return new AdminLogQuery(a, f, t);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Date invalide : « " + value.strip() + " » (format AAAA-MM-JJ)."));
            return null;
        }
    }
}
