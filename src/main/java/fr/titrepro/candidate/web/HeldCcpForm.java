package fr.titrepro.candidate.web;

import fr.titrepro.candidate.acquired.HeldCcpData;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.error.ProblemException;
import fr.titrepro.shared.text.FrenchDates;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Forms;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form « CCP obtenu avant la plateforme » of the candidate page as posted (issue 17), read once here into the
 * {@link HeldCcpData} the service takes; kept as typed to show the form again.
 */
public class HeldCcpForm {

    @RestForm
    public String titleCode;
    @RestForm
    public String titleVersion;
    @RestForm
    public String ccpNumber;
    @RestForm
    public String obtainedOn;
    @RestForm
    public String place;
    @RestForm
    public String proofReference;

    /** The values as typed (the template reads {@code ccpForm.get('place')}). */
    Map<String, String> values() {
        return Forms.typed("titleCode", titleCode, "titleVersion", titleVersion, "ccpNumber", ccpNumber,
                "obtainedOn", obtainedOn, "place", place, "proofReference", proofReference);
    }

    /** The command; a CCP number or a date that cannot be read refuses the form on its field. */
    HeldCcpData data() {
        List<FieldError> errors = new ArrayList<>();
        String number = FormInput.text(ccpNumber);
        if (number != null && !number.matches("\\d{1,2}")) {
            errors.add(new FieldError("ccpNumber", "Numéro de CCP attendu (ex. 1)."));
        }
        String day = FormInput.text(obtainedOn);
        LocalDate date = day == null ? null : FrenchDates.parse(day);
        if (day != null && date == null) {
            errors.add(new FieldError("obtainedOn", "Date invalide : " + FrenchDates.EXPECTED + "."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.getFirst().message(), errors);
        }
        return new HeldCcpData(titleCode, titleVersion, number == null ? null : Integer.valueOf(number), date, place,
                proofReference);
    }
}
