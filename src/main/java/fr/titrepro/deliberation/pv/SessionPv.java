package fr.titrepro.deliberation.pv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import java.time.Instant;
import java.time.LocalDate;

/** The PV of a session once every juror has signed it: its date, its version (rectifications), its validation. */
@Entity
@Table(name = "session_pv")
public class SessionPv extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public Long sessionId;
    @Column(name = "pv_date")
    public LocalDate pvDate;
    @Column(name = "pv_version")
    public int pvVersion;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "validated_by")
    public String validatedBy;
    /** The rectified content after an appeal, while the jury signs it again (null otherwise). */
    @Column(name = "pending_hash")
    public String pendingHash;
}
