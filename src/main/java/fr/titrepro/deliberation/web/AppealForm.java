package fr.titrepro.deliberation.web;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationInput;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Forms;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The form « Enregistrer un recours » of the deliberation page as posted (issue 17). */
public class AppealForm {

    @RestForm
    public String enrolmentId;
    @RestForm
    public String receivedOn;
    @RestForm
    public String motive;

    Map<String, String> values() {
        return Forms.typed("enrolmentId", enrolmentId, "receivedOn", receivedOn, "motive", motive);
    }

    /** The command; an enrolment or a date that cannot be read refuses the form on its field. */
    DeliberationCommands.NewAppeal command() {
        return DeliberationInput.appeal(FormInput.one("enrolmentId", enrolmentId, FormInput::id),
                FormInput.one("receivedOn", receivedOn, FormInput::date), motive);
    }
}
