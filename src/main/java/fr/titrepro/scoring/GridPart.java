package fr.titrepro.scoring;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A section or a line of a grid: its grid, and its place in it (copied from the référentiel, never changed). */
@MappedSuperclass
@Audited
public abstract class GridPart extends GridEdit {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public EvaluationGrid grid;

    @NotAudited
    public int position;
}
