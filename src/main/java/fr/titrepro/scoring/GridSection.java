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

import java.util.ArrayList;
import java.util.List;

/**
 * A competency of the grid with its criteria (and the juror's proposed decision), the épreuves, or evidence the jury
 * consults (DP, ECF); what the jury does with it is its kind's role ({@link SectionKind.Role}).
 */
@Entity
@Table(name = "grid_section")
@Audited
public class GridSection extends GridPart {

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

    @NotAudited
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<GridCriterion> criteria = new ArrayList<>();
}
