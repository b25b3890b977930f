package fr.titrepro.deliberation;

import fr.titrepro.deliberation.chain.DeliberationChain;
import fr.titrepro.shared.audit.ChainedDecision;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A link of a session's deliberation chain ({@link DeliberationChain}) about one enrolment: a deliberation or an
 * appeal.
 */
@MappedSuperclass
public abstract class DeliberationLink extends ChainedDecision {

    @Column(name = "session_id")
    public long sessionId;
    @Column(name = "enrolment_id")
    public long enrolmentId;
    @Column(name = "candidate_id")
    public long candidateId;
}
