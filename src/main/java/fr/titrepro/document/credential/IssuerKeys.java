package fr.titrepro.document.credential;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import fr.titrepro.document.signing.DemoSigningKey;
import fr.titrepro.document.signing.PadesSigner;
import fr.titrepro.document.signing.SigningKey;
import fr.titrepro.document.signing.SigningKeyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The credential issuer's ES256 keys, kept in the database (every replica signs with the same one) under the names
 * {@code credential-issuer-1}, {@code -2}…: the newest signs, all of them stay in the DID document so that
 * credentials signed before a rotation still verify. The first is generated on first use.
 */
@ApplicationScoped
public class IssuerKeys {

    static final String PREFIX = "credential-issuer-";

    @Inject
    SigningKeyRepository keys;

    @Inject
    IssuerIdentity identity;

    /** The key that signs from now on. */
    public ECKey current() {
        List<ECKey> all = all();
        return all.isEmpty() ? rotate() : all.getLast();
    }

    /** Every key ever used, oldest first, with their private parts (never published: see {@link #publicKeys()}). */
    public List<ECKey> all() {
        return QuarkusTransaction.requiringNew().call(() -> keys.named(PREFIX).stream()
                .map(k -> ecKey(k.name, k.pkcs12)).toList());
    }

    public List<ECKey> publicKeys() {
        return all().stream().map(ECKey::toPublicJWK).toList();
    }

    public Optional<ECKey> byKid(String kid) {
        return publicKeys().stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    /** A new signing key; the previous ones stay published for verification. */
    public ECKey rotate() {
        return QuarkusTransaction.requiringNew().call(() -> {
            SigningKey key = new SigningKey();
            key.name = PREFIX + (keys.named(PREFIX).size() + 1);
            key.pkcs12 = DemoSigningKey.generatePkcs12();
            key.createdAt = Instant.now();
            keys.persist(key);
            return ecKey(key.name, key.pkcs12);
        });
    }

    private ECKey ecKey(String name, byte[] pkcs12) {
        PadesSigner.Credentials c = DemoSigningKey.readGenerated(pkcs12);
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) c.certificate().getPublicKey())
                .privateKey((ECPrivateKey) c.key())
                .keyID(identity.did() + "#key-" + name.substring(PREFIX.length()))
                .build();
    }
}
