package fr.titrepro.centre.web;

import fr.titrepro.centre.CentreData;
import fr.titrepro.shared.web.Forms;
import fr.titrepro.shared.web.PostedAddress;
import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/**
 * The centre form of {@link CentreAdminPages} (creation and modification) as posted (issue 17), read once here into
 * the {@link CentreData} the service takes; kept as typed to show the form again with its refusals.
 */
public class CentreForm {

    @RestForm
    public String name;
    @RestForm
    public String siret;
    @BeanParam
    public PostedAddress address = new PostedAddress();
    @RestForm
    public String contactName;
    @RestForm
    public String contactEmail;
    @RestForm
    public String contactPhone;
    /** The version the modification form was read at (optimistic lock). */
    @RestForm
    public String version;

    /** The values as typed (the template reads {@code form.get('city')}). */
    Map<String, String> values() {
        return address.addTo(Forms.typed("name", name, "siret", siret, "contactName", contactName,
                "contactEmail", contactEmail, "contactPhone", contactPhone, "version", version));
    }

    CentreData data() {
        return new CentreData(name, siret, address.addressLine, address.postalCode, address.city, contactName,
                contactEmail, contactPhone);
    }

    /** The version of the modification form; a value the page did not write counts as absent. */
    Integer readVersion() {
        return version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
    }
}
