package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One pair of a correspondence table: rows of the same {@code lineNo} form one line (every old CCP of the line held →
 * each new CCP of the line counts as held; see {@link Correspondences}).
 */
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

    @jakarta.persistence.Column(name = "line_no")
    public int lineNo;
}
