package fr.titrepro.document.signing;

import fr.titrepro.document.DocumentConfig;
import fr.titrepro.document.longterm.CrlSource;
import fr.titrepro.document.longterm.HttpTimestampAuthority;
import fr.titrepro.document.longterm.LocalTimestampAuthority;
import fr.titrepro.document.longterm.LongTermArchiver;
import fr.titrepro.document.longterm.TimestampAuthority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The platform's signer: from the configured PKCS#12 keystore, or else the demo key kept in the database (generated
 * on first use, once for every replica).
 */
@ApplicationScoped
public class SigningKeyProvider {

    private static final Logger LOG = Logger.getLogger(SigningKeyProvider.class);
    public static final String DEMO_KEY = "demo";

    @Inject
    DocumentConfig config;

    @Inject
    SigningKeyRepository keys;

    private volatile PadesSigner signer;
    private final CrlSource crls = new CrlSource(Clock.systemUTC());

    private TimestampAuthority timestampAuthority() {
        if (config.tsaUrl().isPresent()) {
            LOG.infof("Signatures horodatées par %s (PAdES B-LTA)", config.tsaUrl().get());
            return new HttpTimestampAuthority(URI.create(config.tsaUrl().get()), crls);
        }
        LOG.warn("Aucune autorité d'horodatage configurée (titrepro.documents.tsa-url) : les documents sont horodatés "
                + "par une autorité locale de test, à ne pas utiliser en production.");
        return new LocalTimestampAuthority(Clock.systemUTC());
    }

    public PadesSigner signer() {
        PadesSigner s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    PadesSigner.Credentials credentials = credentials();
                    TimestampAuthority tsa = timestampAuthority();
                    signer = new PadesSigner(credentials, config.signing().location(), tsa,
                            new LongTermArchiver(tsa, crls));
                }
                s = signer;
            }
        }
        return s;
    }

    private PadesSigner.Credentials credentials() {
        DocumentConfig.Signing signing = config.signing();
        if (signing.keystore().isPresent()) {
            Path path = Path.of(signing.keystore().get());
            try {
                PadesSigner.Credentials c = DemoSigningKey.read(Files.readAllBytes(path),
                        signing.password().orElse("").toCharArray(), signing.alias().orElse(null));
                LOG.infof("Documents et points de contrôle signés avec la clé de %s (%s, empreinte SHA-256 %s : à "
                                + "ajouter à titrepro.audit.trusted-certificates quand cette clé sera remplacée)", path,
                        c.certificate().getSubjectX500Principal(), fingerprint(c));
                return c;
            } catch (IOException e) {
                throw new IllegalStateException("Magasin de clés de signature illisible : " + path, e);
            }
        }
        LOG.warn("Aucun magasin de clés configuré (titrepro.documents.signing.keystore) : les documents sont signés "
                + "avec la clé de démonstration, à ne pas utiliser en production.");
        byte[] pkcs12 = QuarkusTransaction.requiringNew().call(() -> keys.findByName(DEMO_KEY)
                .map(k -> k.pkcs12).orElse(null));
        if (pkcs12 == null) {
            pkcs12 = createDemoKey();
        }
        return DemoSigningKey.read(pkcs12, DemoSigningKey.PASSWORD, DemoSigningKey.ALIAS);
    }

    private static String fingerprint(PadesSigner.Credentials c) {
        try {
            return fr.titrepro.shared.audit.SigningKeyTrust.fingerprint(c.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            return "illisible";
        }
    }

    /** Another replica may create it at the same moment: the unique name decides, the loser reads the winner's. */
    private byte[] createDemoKey() {
        byte[] generated = DemoSigningKey.generatePkcs12();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                SigningKey key = new SigningKey();
                key.name = DEMO_KEY;
                key.pkcs12 = generated;
                key.createdAt = Instant.now();
                keys.persist(key);
            });
            return generated;
        } catch (RuntimeException e) {
            return QuarkusTransaction.requiringNew().call(() -> keys.findByName(DEMO_KEY).orElseThrow(() -> e).pkcs12);
        }
    }
}
