package fr.titrepro.centre.web;

import fr.titrepro.centre.ApprovalData;
import fr.titrepro.shared.error.FieldError;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Forms;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The form « Agrément » of a centre's page as posted (issue 17), read once here into the {@link ApprovalData} the
 * service takes; kept as typed to show the form again with its refusals.
 */
public class ApprovalForm {

    @RestForm
    public String titleCode;
    @RestForm
    public String siteName;
    @RestForm
    public String siteAddressLine;
    @RestForm
    public String sitePostalCode;
    @RestForm
    public String siteCity;
    @RestForm
    public String validFrom;
    @RestForm
    public String validUntil;

    /** The values as typed (the template reads {@code form.get('siteCity')}). */
    Map<String, String> values() {
        return Forms.typed("titleCode", titleCode, "siteName", siteName, "siteAddressLine", siteAddressLine,
                "sitePostalCode", sitePostalCode, "siteCity", siteCity, "validFrom", validFrom,
                "validUntil", validUntil);
    }

    /** The command; a date that cannot be read goes to {@code errors}, on its field (the command is then not used). */
    ApprovalData data(List<FieldError> errors) {
        LocalDate from = FormInput.date("validFrom", validFrom, errors);
        LocalDate until = FormInput.date("validUntil", validUntil, errors);
        return new ApprovalData(titleCode, siteName, siteAddressLine, sitePostalCode, siteCity, from, until);
    }
}
