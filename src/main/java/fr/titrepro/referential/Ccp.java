package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** Certificat de compétences professionnelles: certifies one activité type of a title version. */
@Entity
@Table(name = "ccp")
public class Ccp extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_version_id")
    public TitleVersion titleVersion;

    public int number;
    public String name;

    @ElementCollection
    @CollectionTable(name = "ccp_assessment", joinColumns = @JoinColumn(name = "ccp_id"))
    @OrderColumn(name = "position")
    public List<Assessment> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "ccp")
    @OrderBy("number")
    public List<Competency> competencies = new ArrayList<>();
}
