package fr.titrepro.referential.diff;

import fr.titrepro.shared.error.ProblemException;

/** A version of a title written « CODE:VERSION » (« TP-00496:05 »), as the comparison's query and form carry it. */
public record VersionReference(String code, String version) {

    /** @throws ProblemException 400 on {@code field} when the text is not « CODE:VERSION » */
    public static VersionReference parse(String field, String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw ProblemException.invalidField(field, "Indiquez la version sous la forme CODE:VERSION "
                    + "(ex. TP-00496:05).");
        }
        return new VersionReference(value.substring(0, colon).strip(), value.substring(colon + 1).strip());
    }

    public String value() {
        return code + ":" + version;
    }
}
