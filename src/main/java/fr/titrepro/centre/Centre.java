package fr.titrepro.centre;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A centre agréé: organises exam sessions of the titles it is approved for. */
@Entity
@Table(name = "centre")
public class Centre extends IdEntity {

    public String name;
    public String siret;
    @Column(name = "address_line")
    public String addressLine;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public int version;

    @OneToMany(mappedBy = "centre", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("titleCode, validFrom")
    public List<CentreApproval> approvals = new ArrayList<>();

    @OneToMany(mappedBy = "centre", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("username")
    public List<CentreStaff> staff = new ArrayList<>();

    /** The approval covering every day from {@code first} to {@code last} for that title, if any. */
    public java.util.Optional<CentreApproval> approvalCovering(String titleCode, LocalDate first, LocalDate last) {
        return approvals.stream().filter(a -> a.titleCode.equals(titleCode) && a.covers(first, last)).findFirst();
    }

    public String cityLine() {
        return postalCode + " " + city;
    }
}
