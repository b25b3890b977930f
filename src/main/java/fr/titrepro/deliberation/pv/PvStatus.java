package fr.titrepro.deliberation.pv;

import fr.titrepro.session.SessionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the PV of a session stands: who has signed the current content, who is still to sign, what is missing
 * before anyone can sign, its date and version once signed, its validation.
 *
 * @param undecided   names of the candidates without a decision (the PV cannot be signed while any remains)
 * @param documentCode verification code of the signed PV (null before)
 * @param appealDeadline last day to receive a recours gracieux: the regulation's delay from the day the result was
 *                       published to the candidates (the PV's validation), null before
 * @param rectification  where a rectified PV stands after an appeal: NONE, AWAITING_SIGNATURES, AWAITING_VALIDATION
 */
public record PvStatus(long sessionId, SessionStatus status, String contentHash, List<Signer> jury,
                       List<String> undecided, LocalDate pvDate, Integer pvVersion, Instant validatedAt,
                       String validatedBy, String documentCode, LocalDate appealDeadline,
                       Rectification rectification) {

    /** The rectified PV after an appeal: signed again by the jury, then validated again. */
    public enum Rectification {
        NONE(""),
        AWAITING_SIGNATURES("PV rectificatif : en attente des signatures du jury"),
        AWAITING_VALIDATION("PV rectificatif signé : en attente de validation par l'administration");

        private final String label;

        Rectification(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A member of the jury and their signature of the current content (null: not signed). */
    public record Signer(long jurorId, String name, String username, Instant signedAt) {
    }
}
