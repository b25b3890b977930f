package fr.titrepro.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * A person's civil identity as the certification documents need it: names, sex, date and place of birth,
 * nationality. One embeddable (issue 17) for the two records that hold it with the same meaning: the candidate
 * ({@link Candidate}) and the VAE application filed before the person is registered
 * ({@code eligibility.VaeApplication}); both tables name the columns alike, so no override is needed.
 */
@Embeddable
public class PersonIdentity {

    @Column(name = "birth_name")
    public String birthName;
    @Column(name = "usage_name")
    public String usageName;
    /** All first names, in the order of the civil status. */
    @Column(name = "first_names")
    public String firstNames;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "birth_commune")
    public String birthCommune;
    /** Department code (01…95, 2A, 2B, 971…) when born in France. */
    @Column(name = "birth_department")
    public String birthDepartment;
    /** Country when born abroad. */
    @Column(name = "birth_country")
    public String birthCountry;
    public String nationality;

    /** "MARTIN Lucas, Pierre" as on official documents (usage name in brackets when it differs). */
    public String fullName() {
        String name = birthName == null ? "" : birthName.toUpperCase();
        if (usageName != null && !usageName.isBlank() && !usageName.equalsIgnoreCase(birthName)) {
            name += " (" + usageName.toUpperCase() + ")";
        }
        return name + " " + (firstNames == null ? "" : firstNames);
    }
}
