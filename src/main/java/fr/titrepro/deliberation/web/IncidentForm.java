package fr.titrepro.deliberation.web;

import fr.titrepro.deliberation.DeliberationCommands;
import fr.titrepro.deliberation.DeliberationInput;
import fr.titrepro.shared.web.FormInput;
import fr.titrepro.shared.web.Forms;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The incident form of the deliberation page as posted (issue 17): the candidate concerned (none: the session). */
public class IncidentForm {

    @RestForm
    public String enrolmentId;
    @RestForm
    public String description;

    Map<String, String> values() {
        return Forms.typed("enrolmentId", enrolmentId, "description", description);
    }

    /** The command; an enrolment the page did not offer, or too long a text, refuses the form on its field. */
    DeliberationCommands.Incident command() {
        return DeliberationInput.incident(FormInput.one("enrolmentId", enrolmentId, FormInput::id), description);
    }
}
