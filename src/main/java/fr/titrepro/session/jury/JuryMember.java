package fr.titrepro.session.jury;

import fr.titrepro.session.JurorAtSession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A juror sitting on a session's jury. */
@Entity
@Table(name = "jury_member")
public class JuryMember extends JurorAtSession {

    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "assigned_by")
    public String assignedBy;
}
