package fr.titrepro.deliberation;

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
public class Appeal extends DeliberationLink {

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
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "validated_by")
    public String validatedBy;
    @Column(name = "decision_reason")
    public String decisionReason;
}
