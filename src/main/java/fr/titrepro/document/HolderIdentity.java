package fr.titrepro.document;

import fr.titrepro.candidate.Candidate;

import java.time.LocalDate;
import java.util.Locale;

/** The holder as official documents name them: civility, birth name, usage name, first names, birth date and place. */
public record HolderIdentity(String civility, String birthName, String usageName, String firstNames,
                             LocalDate birthDate, String birthPlace) {

    public static HolderIdentity of(Candidate c) {
        return new HolderIdentity(c.identity.sex == null ? null : c.identity.sex.civility(), c.identity.birthName,
                blankToNull(c.identity.usageName),
                c.identity.firstNames, c.identity.birthDate, c.birthPlace());
    }

    /** « Lucas, Pierre MARTIN »: first names then the birth name in capitals. */
    public String fullName() {
        return firstNames + " " + birthName.toUpperCase(Locale.FRENCH);
    }

    /** « Monsieur Lucas, Pierre MARTIN ». */
    public String formalName() {
        return civility == null ? fullName() : civility + " " + fullName();
    }

    public boolean hasDistinctUsageName() {
        return usageName != null && !usageName.equalsIgnoreCase(birthName);
    }

    /** « né » or « née », as the civility says. */
    public String born() {
        return "Madame".equals(civility) ? "née" : "né";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
