package fr.titrepro.scoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One juror's grid for one CCP of one enrolment. Its sections and lines are a copy of the référentiel made when
 * the grid was generated: a later change of the référentiel never alters it. Envers keeps the history of the
 * proposed CCP decision and of the submission.
 */
@Entity
@Table(name = "evaluation_grid")
@Audited
public class EvaluationGrid extends GridEdit {

    @NotAudited
    @Column(name = "session_id")
    public long sessionId;
    @NotAudited
    @Column(name = "enrolment_id")
    public long enrolmentId;
    @NotAudited
    @Column(name = "candidate_id")
    public long candidateId;
    @NotAudited
    @Column(name = "juror_id")
    public long jurorId;
    /** "CCP1", "CCP2"… or "CCS-code": the same in every juror's grid of the enrolment. */
    @NotAudited
    @Column(name = "part_key")
    public String partKey;
    @NotAudited
    @Column(name = "ccp_number")
    public Integer ccpNumber;
    @NotAudited
    public String title;

    @Enumerated(EnumType.STRING)
    public GridStatus status;
    /** The juror's proposed decision for the CCP. */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_decision")
    public Verdict proposedDecision;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @NotAudited
    @OneToMany(mappedBy = "grid", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<GridSection> sections = new ArrayList<>();

    /** Every line of the grid as read today (a legacy entretien final section left out). */
    public Stream<GridCriterion> criteria() {
        return shownSections().flatMap(s -> s.criteria.stream());
    }

    /** The sections as read today: a legacy entretien final section is ignored. */
    public Stream<GridSection> shownSections() {
        return sections.stream().filter(s -> s.kind.isShown());
    }

    /** The lines a juror scores (competencies, épreuves): the consulted evidence is not scored. */
    public Stream<GridCriterion> scoredLines() {
        return sections.stream().filter(s -> s.kind.isScored()).flatMap(s -> s.criteria.stream());
    }

    public boolean isSubmitted() {
        return status == GridStatus.SUBMITTED;
    }

    public long scoredCount() {
        return scoredLines().filter(c -> c.score != null).count();
    }

    public long criterionCount() {
        return scoredLines().count();
    }
}
