package fr.titrepro.deliberation;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A recours gracieux of a candidate against the PV, and the jury's re-deliberation that answers it. */
@Entity
@Table(name = "appeal")
public class Appeal extends IdEntity {

    public enum Status {
        RECEIVED("Reçu, en attente du jury"),
        DECIDED("Réexaminé par le jury : PV rectificatif à signer"),
        SIGNED("PV rectificatif signé : en attente de validation"),
        VALIDATED("PV rectificatif validé : résultat publié");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "session_id")
    public long sessionId;
    @Column(name = "enrolment_id")
    public long enrolmentId;
    @Column(name = "candidate_id")
    public long candidateId;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    public String motive;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "deliberation_id")
    public Long deliberationId;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "validated_by")
    public String validatedBy;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decision_reason")
    public String decisionReason;
    /** Hash of the previous link of the session's deliberation chain ({@link DeliberationChain}). */
    @Column(name = "previous_hash")
    public String previousHash;
    public String hash;
}
