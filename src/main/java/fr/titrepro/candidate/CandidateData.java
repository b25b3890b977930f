package fr.titrepro.candidate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a centre knows about a person it registers: identity as the livret and parchemin need it, contact details,
 * pathway and exam accommodations. The same record comes from the API, the form and each row of an import.
 */
public record CandidateData(String birthName, String usageName, String firstNames, Sex sex, LocalDate birthDate,
                            String birthCommune, String birthDepartment, String birthCountry, String nationality,
                            String email, String phone, String addressLine, String postalCode, String city,
                            String country, Pathway pathway, String trainingTitleCode, LocalDate trainingStart,
                            LocalDate trainingEnd, Set<Integer> trainedCcpNumbers, String vaeDecisionReference,
                            LocalDate vaeDecisionDate, Integer extraTimePercent, String assistance,
                            String adaptedEquipment, String accommodationNotes) {

    /**
     * Trimmed, blanks as null, codes in capitals, and the leading zeros a spreadsheet drops put back
     * (department "1" → "01", postal code "1000" → "01000" in France).
     */
    public CandidateData normalised() {
        String dept = clean(birthDepartment);
        if (dept != null) {
            dept = dept.toUpperCase(Locale.ROOT);
            if (dept.matches("\\d")) {
                dept = "0" + dept;
            }
        }
        String cp = clean(postalCode);
        String addressCountry = clean(country);
        if (cp != null && cp.matches("\\d{4}") && isFrance(addressCountry)) {
            cp = "0" + cp;
        }
        String title = clean(trainingTitleCode);
        return new CandidateData(names(birthName), names(usageName), names(firstNames), sex, birthDate,
                clean(birthCommune), dept, clean(birthCountry), clean(nationality), clean(email), clean(phone),
                clean(addressLine), cp, clean(city), addressCountry, pathway,
                title == null ? null : title.toUpperCase(Locale.ROOT), trainingStart, trainingEnd,
                trainedCcpNumbers == null ? Set.of() : new TreeSet<>(trainedCcpNumbers), clean(vaeDecisionReference),
                vaeDecisionDate, extraTimePercent, clean(assistance), clean(adaptedEquipment),
                clean(accommodationNotes));
    }

    public String identityKey() {
        return IdentityKey.of(birthName, firstNames, birthDate, birthCommune, birthDepartment, birthCountry);
    }

    /** Writes the data into the entity (identity key included). */
    public void applyTo(Candidate c) {
        c.identity.birthName = birthName;
        c.identity.usageName = usageName;
        c.identity.firstNames = firstNames;
        c.identity.sex = sex;
        c.identity.birthDate = birthDate;
        c.identity.birthCommune = birthCommune;
        c.identity.birthDepartment = birthDepartment;
        c.identity.birthCountry = birthCountry;
        c.identity.nationality = nationality;
        c.email = email;
        c.phone = phone;
        c.addressLine = addressLine;
        c.postalCode = postalCode;
        c.city = city;
        c.country = country;
        c.pathway = pathway;
        c.trainingTitleCode = trainingTitleCode;
        c.trainingStart = trainingStart;
        c.trainingEnd = trainingEnd;
        c.trainedCcpNumbers.clear();
        if (trainedCcpNumbers != null) {
            c.trainedCcpNumbers.addAll(trainedCcpNumbers);
        }
        c.vaeDecisionReference = vaeDecisionReference;
        c.vaeDecisionDate = vaeDecisionDate;
        c.extraTimePercent = extraTimePercent;
        c.assistance = assistance;
        c.adaptedEquipment = adaptedEquipment;
        c.accommodationNotes = accommodationNotes;
        c.refreshIdentityKey();
        c.namesChanged();
    }

    public static CandidateData of(Candidate c) {
        PersonIdentity p = c.identity;
        return new CandidateData(p.birthName, p.usageName, p.firstNames, p.sex, p.birthDate, p.birthCommune,
                p.birthDepartment, p.birthCountry, p.nationality, c.email, c.phone, c.addressLine, c.postalCode,
                c.city, c.country, c.pathway, c.trainingTitleCode, c.trainingStart, c.trainingEnd,
                new LinkedHashSet<>(c.trainedCcpNumbers), c.vaeDecisionReference, c.vaeDecisionDate,
                c.extraTimePercent, c.assistance, c.adaptedEquipment, c.accommodationNotes);
    }

    static boolean isFrance(String country) {
        return country == null || IdentityKey.normalise(country).equals("FRANCE");
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String names(String s) {
        String c = clean(s);
        return c == null ? null : c.replaceAll("\\s+", " ");
    }
}
