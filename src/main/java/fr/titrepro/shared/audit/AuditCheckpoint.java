package fr.titrepro.shared.audit;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The head of one session's audit chain at one moment, signed with the platform's key: rewriting a link before it
 * and recomputing the later hashes no longer matches the signed head, and the signature cannot be made again
 * without the key. Never updated.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint extends IdEntity {

    @Column(name = "session_id")
    public long sessionId;
    public String chain;
    @Column(name = "head_hash")
    public String headHash;
    @Column(name = "link_count")
    public int linkCount;
    @Column(name = "signed_at")
    public Instant signedAt;
    /** Why it was written: PERIODIC, PV_SIGNED, PV_VALIDATED, KEY_ROTATION. */
    public String reason;
    public String algorithm;
    public byte[] signature;
    public byte[] certificate;

    public CheckpointPolicy.Checkpoint checkpoint() {
        return new CheckpointPolicy.Checkpoint(id, sessionId, chain, headHash, linkCount, signedAt, algorithm,
                signature, certificate);
    }
}
