package fr.titrepro.candidate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One person, one candidate: birth name + first first name + birth date + birth place, compared without case,
 * accents, hyphens or extra spaces ("Élodie-Anne" and "ELODIE ANNE" are the same).
 */
public final class IdentityKey {

    private IdentityKey() {
    }

    /** The key of an erased record: matches no identity, keeps what referred to the person attached to it. */
    public static String erased(String reference) {
        return "EFFACE|" + reference;
    }

    public static String of(String birthName, String firstNames, LocalDate birthDate, String birthCommune,
                            String birthDepartment, String birthCountry) {
        String place = birthCommune != null && !birthCommune.isBlank()
                ? normalise(birthCommune) + "|" + normalise(birthDepartment)
                : normalise(birthCountry);
        return normalise(birthName) + "|" + normalise(firstOf(firstNames)) + "|" + birthDate + "|" + place;
    }

    static String firstOf(String firstNames) {
        if (firstNames == null) {
            return "";
        }
        String trimmed = firstNames.strip();
        int cut = trimmed.indexOf(',');
        String first = cut < 0 ? trimmed.split("\\s+")[0] : trimmed.substring(0, cut);
        return first.strip();
    }

    public static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String noAccents = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noAccents.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }
}
