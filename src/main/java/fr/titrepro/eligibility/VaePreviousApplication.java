package fr.titrepro.eligibility;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An application for a certification the person already made in the calendar year. */
@Entity
@Table(name = "vae_previous_application")
public class VaePreviousApplication extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public VaeApplication application;

    public int position;
    @Column(name = "certification_code")
    public String certificationCode;
    @Column(name = "certification_name")
    public String certificationName;
    @Column(name = "application_date")
    public LocalDate applicationDate;
    /** For some blocs de compétences (CCP) only: not counted in the yearly limits. */
    @Column(name = "ccp_only")
    public boolean ccpOnly;
}
