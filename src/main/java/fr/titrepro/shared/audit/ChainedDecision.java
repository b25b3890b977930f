package fr.titrepro.shared.audit;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A decision kept in a hash chain (the agreed decisions of a reconciliation, the deliberations and appeals of a
 * session): who decided and when, the hash of the previous link of its chain and its own hash over (previous hash,
 * content), checked by the chain's {@link ChainSource}.
 */
@MappedSuperclass
public abstract class ChainedDecision extends IdEntity {

    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    /** Hash of the previous link of the chain. */
    @Column(name = "previous_hash")
    public String previousHash;
    public String hash;
}
