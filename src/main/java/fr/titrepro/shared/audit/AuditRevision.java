package fr.titrepro.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One Envers revision (a transaction that changed audited rows): when, and who. The number comes from MariaDB's
 * AUTO_INCREMENT (the default revision entity would ask for a sequence).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    public Long rev;

    @RevisionTimestamp
    @Column(name = "revtstmp")
    public long timestamp;

    /** Keycloak user name of the author; "système" for changes made by the platform itself. */
    @Column(name = "username")
    public String username;

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }
}
