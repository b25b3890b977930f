package fr.titrepro.session.jury;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The administration habilitates a juror for a title (every version of its code) during a period. */
@Entity
@Table(name = "juror_habilitation")
public class JurorHabilitation extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "juror_id")
    public Juror juror;

    @Column(name = "title_code")
    public String titleCode;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "granted_at")
    public Instant grantedAt;
    @Column(name = "granted_by")
    public String grantedBy;
}
