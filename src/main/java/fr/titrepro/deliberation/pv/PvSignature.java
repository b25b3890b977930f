package fr.titrepro.deliberation.pv;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A juror's signature of the PV in the platform: who, when, and the SHA-256 of the content signed. */
@Entity
@Table(name = "pv_signature")
public class PvSignature extends IdEntity {

    @Column(name = "session_id")
    public long sessionId;
    @Column(name = "juror_id")
    public long jurorId;
    public String username;
    @Column(name = "juror_name")
    public String jurorName;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "signed_at")
    public Instant signedAt;
}
