package fr.titrepro.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;


/**
 * One line of a grid: a performance criterion (text copied from the référentiel) or an épreuve, with the juror's
 * score and observation; or the DP or the ECF results, evidence the jury consults (« consulté » or not, and an
 * observation, never a score). Saved one at a time, against the version
 * the juror's device last saw (optimistic locking); Envers keeps every change.
 */
@Entity
@Table(name = "grid_criterion")
@Audited
public class GridCriterion extends GridPart {

    @NotAudited
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public GridSection section;

    /** "C1.3" (criterion 3 of competency 1), "T1.2", "EPR.MSP", "DP", "ECF" ("EF" in grids made before finding 6). */
    @NotAudited
    @Column(name = "item_key")
    public String itemKey;
    @NotAudited
    public String text;
    /** The référentiel criterion it was copied from (null for the evidence lines). */
    @NotAudited
    @Column(name = "source_criterion_id")
    public Long sourceCriterionId;

    /** Scored lines only (competencies, épreuves). */
    @Enumerated(EnumType.STRING)
    public ScoreValue score;
    /** Consulted evidence only (DP, ECF): the juror consulted it (true), did not (false), not said yet (null). */
    public Boolean consulted;
    public String observation;
}
