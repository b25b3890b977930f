package fr.titrepro.referential;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A critère de performance: an observable statement the jury checks. */
@Entity
@Table(name = "criterion")
public class Criterion extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "competency_id")
    public Competency competency;

    public int position;
    public String text;
}
