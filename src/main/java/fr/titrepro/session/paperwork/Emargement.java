package fr.titrepro.session.paperwork;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One tick of the feuille d'émargement: a candidate present (with the signature captured on the tablet) or absent at
 * one épreuve. Never updated: a correction is a new row, the latest one is in force.
 */
@Entity
@Table(name = "session_emargement")
public class Emargement extends IdEntity {

    @Column(name = "session_id")
    public Long sessionId;
    @Column(name = "enrolment_id")
    public Long enrolmentId;
    public String epreuve;
    public LocalDate day;
    public boolean present;
    /** PNG data URL of the candidate's signature, or null (absent). */
    public String signature;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
