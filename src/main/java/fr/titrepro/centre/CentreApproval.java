package fr.titrepro.centre;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Agrément: the centre may organise sessions of a title on a site (plateau technique) during a period. */
@Entity
@Table(name = "centre_approval")
public class CentreApproval extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id")
    public Centre centre;

    @Column(name = "title_code")
    public String titleCode;
    @Column(name = "site_name")
    public String siteName;
    @Column(name = "site_address_line")
    public String siteAddressLine;
    @Column(name = "site_postal_code")
    public String sitePostalCode;
    @Column(name = "site_city")
    public String siteCity;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean covers(LocalDate first, LocalDate last) {
        return !first.isBefore(validFrom) && !last.isAfter(validUntil);
    }

    public boolean isInForceOn(LocalDate day) {
        return covers(day, day);
    }

    public String siteLabel() {
        String address = siteAddressLine + ", " + sitePostalCode + " " + siteCity;
        return siteName == null || siteName.isBlank() ? address : siteName + " – " + address;
    }
}
