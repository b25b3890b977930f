package fr.titrepro.session.enrolment;

import fr.titrepro.candidate.Candidate;
import fr.titrepro.referential.SessionType;
import fr.titrepro.session.ExamSession;
import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A candidate enrolled in a session, for some CCPs (all of them at a session titre), with or without entretien final. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public ExamSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    @ElementCollection
    @CollectionTable(name = "enrolment_ccp", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "ccp_number")
    public Set<Integer> ccpNumbers = new TreeSet<>();

    @Column(name = "final_interview")
    public boolean finalInterview;

    /**
     * At a session CCS, the months of experience in the trade the centre declared for the direct route (fiche
     * TP-00496: « soit directement s'il justifie de 1 an d'expérience dans le métier visé »); null otherwise.
     */
    @Column(name = "ccs_experience_months")
    public Integer ccsExperienceMonths;

    /** Every CCP held, the title not obtained: enrolled with no CCP, for the entretien final alone. */
    public boolean isFinalInterviewOnly() {
        return finalInterview && ccpNumbers.isEmpty() && session.type != SessionType.CCS;
    }

    /** Filled by the deliberation (issue 6); null until then. */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;
    @Column(name = "enrolled_by")
    public String enrolledBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    /**
     * Issue 15: the French reasons why the rules checked again at the session's confirmation refused this enrolment
     * ({@link ConfirmationRecheckPolicy}); the enrolment is then WITHDRAWN. Null for a withdrawal by the centre.
     */
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Version
    public int version;

    public boolean isActive() {
        return status == EnrolmentStatus.ENROLLED;
    }

    /** Withdrawn by the platform because the rules of the confirmation day refused it. */
    public boolean isRefused() {
        return status == EnrolmentStatus.WITHDRAWN && refusalReason != null;
    }
}
