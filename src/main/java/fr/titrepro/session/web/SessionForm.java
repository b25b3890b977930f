package fr.titrepro.session.web;

import fr.titrepro.session.SessionCommands;
import fr.titrepro.referential.SessionType;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The create-session form as typed, re-shown with its errors; turned into a command when it parses. */
public record SessionForm(String titleCode, String type, String ccpNumbers, String ccsCode, String startDate,
                          String endDate, String capacity, String managerName, String managerEmail,
                          String centreId) {

    public static SessionForm empty(String managerName) {
        return new SessionForm("TP-00496", "TITLE", "", "", "", "", "12", managerName, "", "");
    }

    /** Values that do not even parse (a date, a number) are refused here, with the other field errors after. */
    public SessionCommands.NewSession toCommand() {
        List<FieldError> errors = new ArrayList<>();
        SessionType sessionType = null;
        if (type != null && !type.isBlank()) {
            try {
                sessionType = SessionType.valueOf(type);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "Type de session inconnu."));
            }
        }
        Set<Integer> ccps = new TreeSet<>();
        if (ccpNumbers != null && !ccpNumbers.isBlank()) {
            for (String part : ccpNumbers.split("[,;\\s]+")) {
                try {
                    ccps.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("ccpNumbers", "Numéros de CCP : des nombres séparés par des virgules."));
                    break;
                }
            }
        }
        LocalDate start = date("startDate", startDate, errors);
        LocalDate end = date("endDate", endDate, errors);
        Integer places = number("capacity", capacity, errors);
        Long centre = centreId == null || centreId.isBlank() ? null : Long.valueOf(number("centreId", centreId, errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Le formulaire contient des valeurs illisibles.", errors);
        }
        return new SessionCommands.NewSession(titleCode, null, sessionType, ccps, ccsCode, start, end, places,
                managerName, managerEmail, centre, null);
    }

    static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Date invalide (jj/mm/aaaa)."));
            return null;
        }
    }

    static Integer number(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Nombre entier attendu."));
            return 0;
        }
    }
}
