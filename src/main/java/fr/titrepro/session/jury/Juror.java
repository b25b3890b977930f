package fr.titrepro.session.jury;

import fr.titrepro.shared.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A professional of the trade in the juror registry, linked to a Keycloak user (role juror) by user name. */
@Entity
@Table(name = "juror")
public class Juror extends TrackedEntity {

    public String username;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "first_name")
    public String firstName;
    public String email;
    public String phone;
    public String profession;
    public String employer;
    @Column(name = "years_of_experience")
    public int yearsOfExperience;

    @OneToMany(mappedBy = "juror", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("titleCode, validFrom")
    public List<JurorHabilitation> habilitations = new ArrayList<>();

    /** "Hélène MOREAU". */
    public String fullName() {
        return firstName + " " + lastName.toUpperCase();
    }
}
