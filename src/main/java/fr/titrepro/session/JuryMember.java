package fr.titrepro.session;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A juror sitting on a session's jury. */
@Entity
@Table(name = "jury_member")
public class JuryMember extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public ExamSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "juror_id")
    public Juror juror;

    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "assigned_by")
    public String assignedBy;
}
