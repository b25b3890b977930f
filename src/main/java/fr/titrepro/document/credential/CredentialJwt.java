package fr.titrepro.document.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * VC-JOSE-COSE (W3C, §3.1.1): the credential itself is the JWS payload, {@code typ} {@code vc+jwt}, {@code cty}
 * {@code vc}, ES256, {@code kid} the DID URL of the issuer's key. Pure; Nimbus JOSE+JWT does the cryptography.
 */
public final class CredentialJwt {

    public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    private CredentialJwt() {
    }

    public static String sign(Map<String, Object> credential, ECKey key) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(VC_JWT).contentType("vc")
                    .keyID(key.getKeyID()).build(), new Payload(credential));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Signature du justificatif impossible", e);
        }
    }

    /** What a compact JWS says once its signature is checked against the key its {@code kid} names. */
    public sealed interface Checked {
        record Verified(Map<String, Object> credential) implements Checked {
        }

        /** Not a JWS, or a signature that does not hold, or a key we never had: nothing it says is ours. */
        record Rejected(String reason) implements Checked {
        }
    }

    public static Checked verify(String compact, Function<String, Optional<ECKey>> keys) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact.strip());
        } catch (ParseException e) {
            return new Checked.Rejected("Ce texte n'est pas un justificatif numérique signé (JWT).");
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm()) || jws.getHeader().getKeyID() == null) {
            return new Checked.Rejected("Algorithme ou clé de signature non reconnus.");
        }
        Optional<ECKey> key = keys.apply(jws.getHeader().getKeyID());
        if (key.isEmpty()) {
            return new Checked.Rejected("Clé de signature inconnue de la plateforme.");
        }
        try {
            if (!jws.verify(new ECDSAVerifier(key.get().toECPublicKey()))) {
                return new Checked.Rejected("La signature ne correspond pas au contenu : justificatif modifié.");
            }
            return new Checked.Verified(jws.getPayload().toJSONObject());
        } catch (JOSEException e) {
            return new Checked.Rejected("La signature ne correspond pas au contenu : justificatif modifié.");
        }
    }
}
