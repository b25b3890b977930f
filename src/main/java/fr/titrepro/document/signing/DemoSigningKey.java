package fr.titrepro.document.signing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The demo signing key: an EC P-256 key with a self-signed certificate, as a PKCS#12 store. Used only when no
 * keystore is configured (dev, demo, tests); validators report its issuer as unknown, as they should.
 */
public final class DemoSigningKey {

    public static final String ALIAS = "titrepro-demo";
    /** The demo store is not a secret: it exists so that dev and tests sign like production does. */
    public static final char[] PASSWORD = "titrepro-demo".toCharArray();

    private DemoSigningKey() {
    }

    public static byte[] generatePkcs12() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=titrepro - cle de demonstration, OU=Documents, O=titrepro, C=FR");
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)),
                            name, pair.getPublic())
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                            .addExtension(Extension.keyUsage, true,
                                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), PASSWORD, new Certificate[]{certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, PASSWORD);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Génération de la clé de démonstration impossible", e);
        }
    }

    /** A store made by {@link #generatePkcs12()} (the credential issuer's keys are kept that way too, issue 16). */
    public static PadesSigner.Credentials readGenerated(byte[] pkcs12) {
        return read(pkcs12, PASSWORD, ALIAS);
    }

    /** The key entry {@code alias} (or the first key entry) of a PKCS#12 store. */
    public static PadesSigner.Credentials read(byte[] pkcs12, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            String entry = alias;
            if (entry == null) {
                entry = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Aucune clé privée dans le magasin PKCS#12"));
            }
            Key key = store.getKey(entry, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new IllegalStateException("L'alias « " + entry + " » n'est pas une clé privée");
            }
            List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(entry))
                    .map(c -> (X509Certificate) c).toList();
            return new PadesSigner.Credentials(privateKey, chain);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Magasin PKCS#12 illisible (mot de passe, alias ?)", e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (Exception e) {
            return false;
        }
    }
}
