package fr.titrepro.scoring;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * What a juror edits in a grid (the grid, a section, a line): who changed it last and when, and its version, against
 * which a tablet saves (optimistic locking); audited by Envers with the entity.
 */
@MappedSuperclass
@Audited
public abstract class GridEdit extends IdEntity {

    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public int version;
}
