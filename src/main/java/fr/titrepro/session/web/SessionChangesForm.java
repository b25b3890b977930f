package fr.titrepro.session.web;

import fr.titrepro.session.ExamSession;
import fr.titrepro.session.SessionCommands;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.web.FormInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The form changing a planned session's dates, capacity and manager, as typed. */
public record SessionChangesForm(String startDate, String endDate, String capacity, String managerName,
                                 String managerEmail) {

    public static SessionChangesForm of(ExamSession s) {
        return new SessionChangesForm(s.startDate.toString(), s.endDate.toString(), String.valueOf(s.capacity),
                s.managerName, s.managerEmail == null ? "" : s.managerEmail);
    }

    /** Values that do not even parse are refused here; the rules are the service's. The site is kept. */
    public SessionCommands.SessionChanges toCommand() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = FormInput.date("startDate", startDate, errors);
        LocalDate end = FormInput.date("endDate", endDate, errors);
        Integer places = FormInput.whole("capacity", capacity, errors);
        FormInput.refuseUnreadable(errors);
        return new SessionCommands.SessionChanges(start, end, places, managerName, managerEmail, null);
    }
}
