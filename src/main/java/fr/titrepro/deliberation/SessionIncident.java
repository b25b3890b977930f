package fr.titrepro.deliberation;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An incident of the session, reported by a juror; carried by the PV. */
@Entity
@Table(name = "session_incident")
public class SessionIncident extends IdEntity {

    @Column(name = "session_id")
    public long sessionId;
    /** The candidate concerned, or null for the session as a whole. */
    @Column(name = "enrolment_id")
    public Long enrolmentId;
    public String description;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "reported_at")
    public Instant reportedAt;
}
