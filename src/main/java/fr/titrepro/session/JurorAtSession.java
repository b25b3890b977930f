package fr.titrepro.session;

import fr.titrepro.session.jury.Juror;
import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A juror's tie to one session: a seat on its jury, or a declared link with one of its candidates. */
@MappedSuperclass
public abstract class JurorAtSession extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public ExamSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "juror_id")
    public Juror juror;
}
