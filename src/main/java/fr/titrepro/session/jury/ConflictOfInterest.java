package fr.titrepro.session.jury;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.session.JurorAtSession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A juror's declared link with a candidate of the session: the juror takes no part in that candidate's
 * evaluation and deliberation. Declared per session, so that a closed session keeps the declarations it was
 * judged with.
 */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest extends JurorAtSession {

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @Enumerated(EnumType.STRING)
    public ConflictKind kind;
    public String note;
    @Column(name = "declared_at")
    public Instant declaredAt;
    @Column(name = "declared_by")
    public String declaredBy;
}
