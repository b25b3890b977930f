package fr.titrepro.shared.web;

import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

/**
 * A postal address as a page's form posts it (a candidate's, a centre's): the inputs {@code addressLine},
 * {@code postalCode} and {@code city}, in a form's {@code @BeanParam} class (issue 17).
 */
public class PostedAddress {

    @RestForm
    public String addressLine;
    @RestForm
    public String postalCode;
    @RestForm
    public String city;

    /** Adds the values as typed to the form's {@code values} (absent ones left out); returns them. */
    public Map<String, String> addTo(Map<String, String> values) {
        values.putAll(Forms.typed("addressLine", addressLine, "postalCode", postalCode, "city", city));
        return values;
    }
}
