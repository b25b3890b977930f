package fr.titrepro.session;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import static fr.titrepro.shared.text.FrenchDates.PARIS;

/** One change of state of a session: who moved it, when, from what to what (and why, for a cancellation). */
@Entity
@Table(name = "session_transition")
public class SessionTransition extends IdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public ExamSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public SessionStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public SessionStatus toStatus;
    public Instant at;
    public String actor;
    public String reason;

    /** "12/03/2026 à 09:15", French time. */
    public String atLabel() {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(PARIS).format(at);
    }
}
