package fr.titrepro.security.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a production start refuses: the demo secrets and accounts of application.properties, the demo signing key
 * (no keystore), the demo names of the documents, demo data, and forwarded addresses trusted from anyone. Each
 * refusal names its setting (and the environment variable that sets it) in French. Pure: no CDI, no I/O.
 */
public final class ProductionSettingsPolicy {

    /** The default of {@code quarkus.oidc.credentials.secret} in application.properties and the demo realm. */
    public static final String DEMO_OIDC_SECRET = "titrepro-demo-secret";
    /** Quarkus recommends a token encryption secret of at least 32 characters. */
    public static final int MIN_ENCRYPTION_SECRET_LENGTH = 32;
    /**
     * The fictitious names of application.properties: the default authority and the signatories of the
     * {@code %dev,demo,test} profiles (ProductionSettingsPolicyTest keeps this list equal to the file).
     */
    public static final Set<String> DEMO_NAMES = Set.of("Camille Durand", "Yann Le Goff", "Nadia Lefort",
            "Julien Marchand");

    private ProductionSettingsPolicy() {
    }

    /** The refusals, in French, one per setting; empty when production may start. */
    public static List<String> refusals(ProductionSettings s) {
        List<String> refusals = new ArrayList<>();
        oidcSecret(refusals, "quarkus.oidc.credentials.secret (TITREPRO_OIDC_SECRET)", s.oidcClientSecret());
        if (!s.apiOidcClientSecret().equals(s.oidcClientSecret())) {
            oidcSecret(refusals, "quarkus.oidc.api.credentials.secret", s.apiOidcClientSecret());
        }
        encryptionSecret(refusals, s);
        database(refusals, s);
        if (blank(s.signingKeystore())) {
            refusals.add("titrepro.documents.signing.keystore (TITREPRO_SIGNING_KEYSTORE) est absent : les documents "
                    + "seraient signés avec la clé de démonstration gardée en base ; configurez le magasin PKCS#12 "
                    + "de la plateforme (avec TITREPRO_SIGNING_PASSWORD).");
        } else if (!s.signingKeystoreReadable()) {
            refusals.add("titrepro.documents.signing.keystore (TITREPRO_SIGNING_KEYSTORE) : le fichier « "
                    + s.signingKeystore().get().strip() + " » est introuvable ou illisible.");
        }
        TimestampAuthorityPolicy.refusal(s.tsaUrl()).ifPresent(refusals::add);
        names(refusals, s);
        if (s.demoEnabled()) {
            refusals.add("titrepro.demo.enabled vaut true : les données et comptes de démonstration ne se chargent "
                    + "pas en production.");
        }
        if (s.proxyAddressForwarding() && blank(s.trustedProxies())) {
            refusals.add("quarkus.http.proxy.proxy-address-forwarding est activé sans "
                    + "quarkus.http.proxy.trusted-proxies : n'importe quel client choisirait son adresse par un "
                    + "en-tête X-Forwarded-For ; indiquez l'adresse du mandataire inverse.");
        }
        return List.copyOf(refusals);
    }

    private static void oidcSecret(List<String> refusals, String setting, Optional<String> secret) {
        if (blank(secret)) {
            refusals.add(setting + " est absent : donnez le secret du client titrepro-app du realm de production.");
        } else if (DEMO_OIDC_SECRET.equals(secret.get().strip())) {
            refusals.add(setting + " est le secret de démonstration « " + DEMO_OIDC_SECRET + " » : régénérez le "
                    + "secret du client dans Keycloak et donnez-le ici.");
        }
    }

    private static void encryptionSecret(List<String> refusals, ProductionSettings s) {
        String setting = "quarkus.oidc.token-state-manager.encryption-secret (TITREPRO_OIDC_ENCRYPTION_SECRET)";
        Optional<String> secret = s.tokenEncryptionSecret();
        if (blank(secret)) {
            refusals.add(setting + " est absent : sans lui, le cookie de session est chiffré avec le secret du "
                    + "client OIDC ; donnez une clé aléatoire propre d'au moins " + MIN_ENCRYPTION_SECRET_LENGTH
                    + " caractères.");
        } else if (DEMO_OIDC_SECRET.equals(secret.get().strip()) || secret.equals(s.oidcClientSecret())) {
            refusals.add(setting + " reprend le secret du client OIDC : donnez une clé distincte.");
        } else if (secret.get().length() < MIN_ENCRYPTION_SECRET_LENGTH) {
            refusals.add(setting + " est trop court (" + secret.get().length() + " caractères, "
                    + MIN_ENCRYPTION_SECRET_LENGTH + " au moins).");
        }
    }

    private static void database(List<String> refusals, ProductionSettings s) {
        if (blank(s.databaseUser()) || "root".equalsIgnoreCase(s.databaseUser().get().strip())) {
            refusals.add("quarkus.datasource.username (TITREPRO_DB_USER) est le compte root (ou absent) : créez un "
                    + "compte propre à titrepro.");
        }
        if (blank(s.databasePassword())) {
            refusals.add("quarkus.datasource.password (TITREPRO_DB_PASSWORD) est vide : le compte de la base doit "
                    + "avoir un mot de passe.");
        }
    }

    private static void names(List<String> refusals, ProductionSettings s) {
        if (s.authorityName().filter(n -> DEMO_NAMES.contains(n.strip())).isPresent()) {
            refusals.add("titrepro.documents.authority.name (TITREPRO_AUTHORITY_NAME) est le nom de démonstration « "
                    + s.authorityName().get().strip() + " » : donnez le nom de l'autorité qui valide les PV.");
        }
        for (Map.Entry<String, String> e : new TreeMap<>(s.regionalSignatories()).entrySet()) {
            if (e.getValue() != null && DEMO_NAMES.contains(e.getValue().strip())) {
                refusals.add("titrepro.documents.regions.\"" + e.getKey() + "\".signatory-name est le nom de "
                        + "démonstration « " + e.getValue().strip() + " » : donnez le représentant de la DREETS.");
            }
        }
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
