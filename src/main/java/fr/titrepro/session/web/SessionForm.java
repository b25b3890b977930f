package fr.titrepro.session.web;

import fr.titrepro.session.SessionCommands;
import fr.titrepro.referential.SessionType;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.web.FormInput;

import java.time.LocalDate;
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
        SessionType sessionType = FormInput.choice(SessionType.class, "type", type, "Type de session inconnu.", errors);
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
        LocalDate start = FormInput.date("startDate", startDate, errors);
        LocalDate end = FormInput.date("endDate", endDate, errors);
        Integer places = FormInput.whole("capacity", capacity, errors);
        Long centre = FormInput.id("centreId", centreId, errors);
        FormInput.refuseUnreadable(errors);
        return new SessionCommands.NewSession(titleCode, null, sessionType, ccps, ccsCode, start, end, places,
                managerName, managerEmail, centre, null);
    }
}
