package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A compétence professionnelle (numbered as in the REAC), transversale, or of a CCS. */
@Entity
@Table(name = "competency")
public class Competency extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_version_id")
    public TitleVersion titleVersion;

    @ManyToOne
    @JoinColumn(name = "ccp_id")
    public Ccp ccp;

    @ManyToOne
    @JoinColumn(name = "ccs_id")
    public Ccs ccs;

    @Enumerated(EnumType.STRING)
    public CompetencyKind kind;

    /** REAC number; null for transversal competencies. */
    public Integer number;
    public int position;
    public String name;
    public String description;

    @OneToMany(mappedBy = "competency", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Criterion> criteria = new ArrayList<>();
}
