package fr.titrepro.shared.web;

import jakarta.ws.rs.core.MultivaluedMap;

import java.util.HashMap;
import java.util.Map;

/** The posted values of a page's form; its refusal is shown by {@link FormErrors} and the field tags. */
public final class Forms {

    private Forms() {
    }

    /** The posted values, the first of each field. */
    public static Map<String, String> values(MultivaluedMap<String, String> params) {
        Map<String, String> form = new HashMap<>();
        params.forEach((k, v) -> {
            if (!v.isEmpty() && v.getFirst() != null) {
                form.put(k, v.getFirst());
            }
        });
        return form;
    }
}
