package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One version (millésime) of a titre professionnel, as described by its REAC. */
@Entity
@Table(name = "title_version")
public class TitleVersion extends IdEntity {

    public String code;
    public String version;
    public String acronym;
    public String name;
    public int level;
    @Column(name = "eqf_level")
    public int eqfLevel;
    public String rncp;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    public TitleStatus status;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    public String source;
    /** The title's arrêté de spécialité, cited in the parchemin's visas; null when the référentiel does not give it. */
    @Column(name = "speciality_decree")
    public String specialityDecree;
    @Column(name = "final_interview_minutes")
    public Integer finalInterviewMinutes;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "imported_at")
    public Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "title_version_nsf", joinColumns = @JoinColumn(name = "title_version_id"))
    @OrderColumn(name = "position")
    public List<CodedLabel> nsfCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "title_version_rome", joinColumns = @JoinColumn(name = "title_version_id"))
    @OrderColumn(name = "position")
    public List<CodedLabel> romeCodes = new ArrayList<>();

    @OneToMany(mappedBy = "titleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<Ccp> ccps = new ArrayList<>();

    @OneToMany(mappedBy = "titleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    public List<Ccs> ccsBlocks = new ArrayList<>();

    /** Every competency of the version (professional, transversal, CCS): owned here, listed by CCP and CCS too. */
    @OneToMany(mappedBy = "titleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Competency> competencies = new ArrayList<>();

    public List<Competency> transversalCompetencies() {
        return competencies.stream().filter(c -> c.kind == CompetencyKind.TRANSVERSAL).toList();
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public String label() {
        return name + " (" + code + ", version " + version + ")";
    }
}
