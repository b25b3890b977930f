package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a correspondence table: holding oldCcp counts as holding newCcp. */
@Entity
@Table(name = "ccp_correspondence")
public class CcpCorrespondence extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id")
    public Revision revision;

    @ManyToOne(optional = false)
    @JoinColumn(name = "old_ccp_id")
    public Ccp oldCcp;

    @ManyToOne(optional = false)
    @JoinColumn(name = "new_ccp_id")
    public Ccp newCcp;
}
