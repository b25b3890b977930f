package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.TitleVersion;
import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A title (or a CCS) the candidate obtained, recorded as a fact of its own when the administration validates the PV
 * that granted it (DOMAIN "Sessions and evaluation": "The title obtained is recorded as a fact of its own (date,
 * session, PV), not inferred from the CCPs held").
 */
@Entity
@Table(name = "obtained_title")
public class ObtainedTitle extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_version_id")
    public TitleVersion titleVersion;

    /** Null for the title, the CCS code for a CCS. */
    @Column(name = "ccs_code")
    public String ccsCode;
    /** The date of the jury's deliberation. */
    @Column(name = "obtained_on")
    public LocalDate obtainedOn;
    public String place;
    @Column(name = "session_id")
    public Long sessionId;
    @Column(name = "pv_version")
    public Integer pvVersion;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public boolean isTitle() {
        return ccsCode == null;
    }
}
