package fr.titrepro.centre.web;

import fr.titrepro.shared.web.Forms;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/** The form « Personnel » of a centre's page as posted (issue 17): the Keycloak login and the person's name. */
public class StaffForm {

    @RestForm
    public String username;
    @RestForm
    public String fullName;

    /** The values as typed, to show the form again with its refusal. */
    Map<String, String> values() {
        return Forms.typed("username", username, "fullName", fullName);
    }
}
