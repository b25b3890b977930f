package fr.titrepro.deliberation;

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
 */
public record PvStatus(long sessionId, SessionStatus status, String contentHash, List<Signer> jury,
                       List<String> undecided, LocalDate pvDate, Integer pvVersion, Instant validatedAt,
                       String validatedBy, String documentCode, LocalDate appealDeadline) {

    /** A member of the jury and their signature of the current content (null: not signed). */
    public record Signer(long jurorId, String name, String username, Instant signedAt) {
    }
}
