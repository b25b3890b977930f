package fr.titrepro.scoring.reconciliation;

import fr.titrepro.scoring.Verdict;
import fr.titrepro.shared.audit.ChainedDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;


/**
 * The jury's agreed decision on a competency or a CCP of an enrolment, with its reason. Never updated: a new
 * decision on the same subject is a new record, the latest one counts. Chained by hash within the session
 * ({@link DecisionChain}).
 */
@Entity
@Table(name = "agreed_decision")
public class AgreedDecision extends ChainedDecision {

    @Column(name = "session_id")
    public long sessionId;
    @Column(name = "enrolment_id")
    public long enrolmentId;
    @Column(name = "part_key")
    public String partKey;
    @Enumerated(EnumType.STRING)
    public DecisionScope scope;
    /** The competency's section key ("C3", "T1"), or the part key for a CCP decision. */
    @Column(name = "subject_key")
    public String subjectKey;
    /** What was decided on, in words, as it stood then: "CCP 1 – Compétence 3 – Installer…". */
    public String subject;
    @Enumerated(EnumType.STRING)
    public Verdict decision;
    public String reason;
    /** The jurors had diverged on it when it was decided. */
    public boolean divergent;
    /** The decision went against what the criteria (or the competencies, for a CCP) indicated. */
    @Column(name = "against_criteria")
    public boolean againstCriteria;

    public DecisionChain.Content content() {
        return new DecisionChain.Content(sessionId, enrolmentId, partKey, scope, subjectKey, subject, decision, reason,
                divergent, againstCriteria, decidedBy, decidedAt);
    }
}
