package fr.titrepro.scoring;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A competency of the grid with its criteria (and the juror's proposed decision), the épreuves, or evidence the jury
 * consults (DP, ECF); what the jury does with it is its kind's role ({@link SectionKind.Role}).
 */
@Entity
@Table(name = "grid_section")
@Audited
public class GridSection extends IdEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public EvaluationGrid grid;

    @NotAudited
    public int position;
    @NotAudited
    @Enumerated(EnumType.STRING)
    public SectionKind kind;
    /** "C1"…"C8" (REAC number), "T1" (transversal), "S1" (CCS), "EPR", "DP", "ECF" ("EF" in grids made before). */
    @NotAudited
    @Column(name = "section_key")
    public String sectionKey;
    @NotAudited
    public String title;
    @NotAudited
    public String description;

    /** The juror's proposed decision (competencies only). */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_decision")
    public Verdict proposedDecision;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public int version;

    @NotAudited
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<GridCriterion> criteria = new ArrayList<>();
}
