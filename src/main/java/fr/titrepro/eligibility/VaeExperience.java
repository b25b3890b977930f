package fr.titrepro.eligibility;

import fr.titrepro.eligibility.rules.ExperienceKind;
import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** One experience of a VAE application, with the competencies its activities evidence. */
@Entity
@Table(name = "vae_experience")
public class VaeExperience extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public VaeApplication application;

    public int position;
    public String organisation;
    public String role;
    @Enumerated(EnumType.STRING)
    public ExperienceKind kind;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public boolean ongoing;
    @Column(name = "hours_per_week")
    public BigDecimal hoursPerWeek;
    @Column(name = "total_hours")
    public BigDecimal totalHours;
    /** Activities carried out, in the person's words. */
    public String activities;

    @ElementCollection
    @CollectionTable(name = "vae_experience_competency", joinColumns = @JoinColumn(name = "experience_id"))
    @Column(name = "competency_number")
    public Set<Integer> competencyNumbers = new TreeSet<>();

    /** "Acme — technicien réseaux". */
    public String label() {
        return label(organisation, role);
    }

    public static String label(String organisation, String role) {
        boolean hasOrg = organisation != null && !organisation.isBlank();
        boolean hasRole = role != null && !role.isBlank();
        if (hasOrg && hasRole) {
            return organisation.strip() + " — " + role.strip();
        }
        return hasOrg ? organisation.strip() : hasRole ? role.strip() : "";
    }
}
