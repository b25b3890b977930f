package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** Certificat complémentaire de spécialisation: an extension block open to holders of the parent title only. */
@Entity
@Table(name = "ccs")
public class Ccs extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_version_id")
    public TitleVersion titleVersion;

    public String code;
    public String name;

    @OneToMany(mappedBy = "ccs")
    @OrderBy("position")
    public List<Competency> competencies = new ArrayList<>();
}
