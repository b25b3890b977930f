package fr.titrepro.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A record edited over time by people (a candidate, a juror, a session, a VAE application): when it was created and
 * last changed, and its version for optimistic locking (two edits from stale pages never overwrite each other).
 */
@MappedSuperclass
public abstract class TrackedEntity extends IdEntity {

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
