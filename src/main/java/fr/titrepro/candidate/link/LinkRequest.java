package fr.titrepro.candidate.link;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.centre.Centre;
import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A centre asks to follow a person registered before (by another centre, a VAE adviser or the administration). Until
 * the person (or the administration, for a person without a login) accepts, the centre sees only what it typed.
 */
@Entity
@Table(name = "candidate_link_request")
public class LinkRequest extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id")
    public Centre centre;

    @Enumerated(EnumType.STRING)
    public LinkRequestStatus status;

    /** The name as the centre typed it: all it may show while the request is open. */
    @Column(name = "typed_full_name")
    public String typedFullName;
    @Column(name = "typed_birth_date")
    public LocalDate typedBirthDate;

    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isPending() {
        return status == LinkRequestStatus.PENDING;
    }
}
