package fr.titrepro.centre;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A Keycloak user with role "centre", linked to exactly one centre by user name. */
@Entity
@Table(name = "centre_staff")
public class CentreStaff extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id")
    public Centre centre;

    public String username;
    @Column(name = "full_name")
    public String fullName;
}
