package fr.titrepro.document.signing;

import fr.titrepro.shared.persistence.IdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** The demo signing key as a PKCS#12 store, kept in the database so that every replica signs with the same key. */
@Entity
@Table(name = "platform_signing_key")
public class SigningKey extends IdEntity {

    public String name;
    public byte[] pkcs12;
    @Column(name = "created_at")
    public Instant createdAt;
}
