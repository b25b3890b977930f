package fr.titrepro.shared.web;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of a page's form as typed, to show it again with its refusal ({@link FormErrors} and the field tags);
 * the form itself is read at the edge by a {@code @BeanParam} class of {@code @RestForm} fields.
 */
public final class Forms {

    private Forms() {
    }

    /** The values by input name, from {@code name, value, name, value…}; the absent ones left out. */
    public static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                form.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return form;
    }
}
