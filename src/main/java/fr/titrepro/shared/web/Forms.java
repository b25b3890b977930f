package fr.titrepro.shared.web;

import fr.titrepro.shared.error.FieldError;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the pages' forms need: the posted values, and the errors of a refusal by field to show them inline. */
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

    /** Field → message (the first one when a field has several); an error without field goes under "". */
    public static Map<String, String> errorsByField(List<FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError e : errors) {
            map.putIfAbsent(e.field() == null ? "" : e.field(), e.message());
        }
        return map;
    }
}
