package fr.titrepro.candidate;

import fr.titrepro.candidate.acquired.HeldCcp;
import fr.titrepro.candidate.acquired.ObtainedTitle;
import fr.titrepro.shared.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person who takes exams, identified as the livret and parchemin will need it. */
@Entity
@Table(name = "candidate")
public class Candidate extends TrackedEntity {

    /** Public reference shown to users and in duplicate errors (e.g. C-7K3M9Q2X). */
    public String reference;

    /** Names, sex, birth and nationality (the columns of this table). */
    @Embedded
    public PersonIdentity identity = new PersonIdentity();
    public String email;
    public String phone;
    @Column(name = "address_line")
    public String addressLine;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;
    public String country;
    @Column(name = "identity_key")
    public String identityKey;

    @Enumerated(EnumType.STRING)
    public Pathway pathway;
    @Column(name = "training_title_code")
    public String trainingTitleCode;
    @Column(name = "training_start")
    public LocalDate trainingStart;
    @Column(name = "training_end")
    public LocalDate trainingEnd;
    /** CCP numbers trained for; empty when the training covers the whole title. */
    @ElementCollection
    @CollectionTable(name = "candidate_trained_ccp", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "ccp_number")
    public Set<Integer> trainedCcpNumbers = new LinkedHashSet<>();
    @Column(name = "vae_decision_reference")
    public String vaeDecisionReference;
    @Column(name = "vae_decision_date")
    public LocalDate vaeDecisionDate;

    /** Accommodations for the exams, carried to sessions and grids. */
    @Column(name = "extra_time_percent")
    public Integer extraTimePercent;
    public String assistance;
    @Column(name = "adapted_equipment")
    public String adaptedEquipment;
    @Column(name = "accommodation_notes")
    public String accommodationNotes;

    /** Keycloak user name of the candidate, when they have a login. */
    public String username;
    @Column(name = "erased_at")
    public Instant erasedAt;

    @OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<CandidateFollow> follows = new ArrayList<>();

    @OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<HeldCcp> heldCcps = new ArrayList<>();

    /** Titles and CCS obtained, each a fact recorded at the validation of its PV. */
    @OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ObtainedTitle> obtainedTitles = new ArrayList<>();

    /** Whether the candidate obtained the title (any version of its code): a recorded fact, not the CCPs held. */
    public boolean obtainedTitle(String titleCode) {
        return obtainedTitles.stream().anyMatch(t -> t.isTitle() && t.titleVersion.code.equals(titleCode));
    }

    public void refreshIdentityKey() {
        identityKey = IdentityKey.of(identity.birthName, identity.firstNames, identity.birthDate,
                identity.birthCommune, identity.birthDepartment, identity.birthCountry);
    }

    /** The names may have changed: each centre's follow takes them again (its copy serves the centre's searches). */
    public void namesChanged() {
        follows.forEach(f -> f.copyNames(identity));
    }

    /** "MARTIN Lucas, Pierre" as on official documents (usage name in brackets when it differs). */
    public String fullName() {
        return identity.fullName();
    }

    /** "Lyon (69)" when born in France, "Oran (Algérie)" or "Algérie" when born abroad. */
    public String birthPlace() {
        if (identity.birthCommune != null && !identity.birthCommune.isBlank()) {
            if (notBlank(identity.birthDepartment)) {
                return identity.birthCommune + " (" + identity.birthDepartment + ")";
            }
            return notBlank(identity.birthCountry) ? identity.birthCommune + " (" + identity.birthCountry + ")"
                    : identity.birthCommune;
        }
        return identity.birthCountry;
    }

    public boolean hasAccommodations() {
        return (extraTimePercent != null && extraTimePercent > 0) || notBlank(assistance) || notBlank(adaptedEquipment)
                || notBlank(accommodationNotes);
    }

    public boolean isFollowedBy(long centreId) {
        return follows.stream().anyMatch(f -> f.centre.id == centreId);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
