package fr.titrepro.candidate.acquired;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.Ccp;
import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A CCP the candidate holds, with the date and place of the session that granted it (or the proof). */
@Entity
@Table(name = "held_ccp")
public class HeldCcp extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ccp_id")
    public Ccp ccp;

    @Column(name = "obtained_on")
    public LocalDate obtainedOn;
    /** Place of the session (or of the certifying authority for CCPs obtained before the platform). */
    public String place;
    /** The platform session that granted it; null for CCPs recorded from a proof. */
    @Column(name = "session_id")
    public Long sessionId;
    @Column(name = "proof_reference")
    public String proofReference;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
