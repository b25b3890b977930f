package fr.titrepro.document.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.titrepro.document.CcpCredentialData;
import fr.titrepro.document.DocumentKind;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.document.IssuedDocumentRepository;
import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.document.render.LivretData;
import fr.titrepro.document.render.ParcheminData;
import fr.titrepro.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verifiable credential twin of each livret and parchemin, and the credential of each CCP held (issue 16): built from the same data snapshot as the
 * PDF, signed as VC-JOSE-COSE, its revocation entry in a Bitstring Status List computed from the documents' statuses
 * (a revoked or superseded document sets its bit), so that the list follows every revocation and supersession.
 */
@ApplicationScoped
public class CredentialService {

    @Inject
    IssuedDocuments documents;

    @Inject
    IssuedDocumentRepository repository;

    @Inject
    IssuerKeys keys;

    @Inject
    IssuerIdentity issuer;

    @Inject
    ObjectMapper json;

    /** The signed credential of the document with this code, for relying parties (404 for a PV or an unknown code). */
    public String credential(String code) {
        return signed(credentialDocument(documents.byCode(code)));
    }

    /** The logged-in candidate's credential of their document {@code id} (404 for another's). */
    public String myCredential(long id) {
        return signed(credentialDocument(documents.myDocument(id)));
    }

    /** The credential as a JSON file: VCDM 2.0 {@code EnvelopedVerifiableCredential} around the JWT. */
    public Map<String, Object> enveloped(String jwt) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("@context", List.of(OpenBadgeCredential.CONTEXT.getFirst()));
        envelope.put("id", "data:application/vc+jwt," + jwt);
        envelope.put("type", "EnvelopedVerifiableCredential");
        return envelope;
    }

    public String credentialUrl(String code) {
        return issuer.baseUrl() + "/api/credentials/" + code;
    }

    /** The Bitstring Status List credential number {@code list}, signed like the credentials. */
    public String statusList(long list) {
        if (list < 0 || list > Integer.MAX_VALUE) {
            throw ProblemException.notFound("Liste de statuts inconnue.");
        }
        BitSet set = new BitSet(BitstringStatusList.SIZE);
        long from = BitstringStatusList.documentId(list, 0);
        repository.notValidBetween(from, from + BitstringStatusList.SIZE).forEach(id -> set.set((int) (id - from)));
        String url = statusListUrl(list);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", BitstringStatusList.encode(set));
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(OpenBadgeCredential.CONTEXT.getFirst()));
        vc.put("id", url);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", issuer.did());
        vc.put("validFrom", Instant.now().toString());
        vc.put("credentialSubject", subject);
        return CredentialJwt.sign(vc, keys.current());
    }

    /** The issuer's DID document: every key, the retired ones included, as JsonWebKey verification methods. */
    public Map<String, Object> didDocument() {
        String did = issuer.did();
        List<Map<String, Object>> methods = keys.publicKeys().stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k.getKeyID());
            m.put("type", "JsonWebKey");
            m.put("controller", did);
            m.put("publicKeyJwk", k.toJSONObject());
            return m;
        }).toList();
        List<String> ids = methods.stream().map(m -> (String) m.get("id")).toList();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"));
        doc.put("id", did);
        doc.put("verificationMethod", methods);
        doc.put("assertionMethod", ids);
        return doc;
    }

    /** A pasted or uploaded credential: the compact JWT or its JSON envelope. */
    public CredentialCheck check(String pasted) {
        Optional<String> jwt = PastedCredential.jwt(pasted);
        if (jwt.isEmpty()) {
            return CredentialCheck.tampered("Ce texte n'est pas un justificatif numérique titrepro (JWT ou fichier "
                    + "JSON téléchargé depuis « Mes documents »).");
        }
        return switch (CredentialJwt.verify(jwt.get(), keys::byKid)) {
            case CredentialJwt.Checked.Rejected r -> CredentialCheck.tampered(r.reason());
            case CredentialJwt.Checked.Verified v -> status(v.credential());
        };
    }

    private CredentialCheck status(Map<String, Object> credential) {
        String id = String.valueOf(credential.get("id"));
        String prefix = issuer.baseUrl() + "/api/credentials/";
        Optional<IssuedDocument> d = id.startsWith(prefix)
                ? repository.findByCode(id.substring(prefix.length())) : Optional.empty();
        if (d.isEmpty()) {
            return CredentialCheck.tampered("Signé par la plateforme mais ne désigne aucun document délivré.");
        }
        IssuedDocument doc = d.get();
        CredentialCheck.Verdict verdict = switch (doc.status) {
            case VALID -> CredentialCheck.Verdict.VALID;
            case REVOKED -> CredentialCheck.Verdict.REVOKED;
            case SUPERSEDED -> CredentialCheck.Verdict.SUPERSEDED;
        };
        String message = switch (verdict) {
            case VALID -> "Ce justificatif est authentique et valide.";
            case REVOKED -> "Ce justificatif est authentique mais a été révoqué"
                    + (doc.revocationReason == null ? "." : " (motif : " + doc.revocationReason + ").");
            case SUPERSEDED -> "Ce justificatif est authentique mais a été remplacé par une version plus récente.";
            case TAMPERED -> throw new IllegalStateException();
        };
        return new CredentialCheck(verdict, message, doc.holderName, String.valueOf(credential.get("name")),
                doc.code, Instant.parse(String.valueOf(credential.get("validFrom"))));
    }

    private IssuedDocument credentialDocument(IssuedDocument d) {
        if (!CredentialFiles.hasTwin(d)) {
            throw ProblemException.notFound("Aucun justificatif numérique pour ce document.");
        }
        return d;
    }

    private String signed(IssuedDocument d) {
        return CredentialJwt.sign(credentialOf(d), keys.current());
    }

    /** The credential's JSON, from the snapshot the PDF was rendered from. */
    public Map<String, Object> credentialOf(IssuedDocument d) {
        BitstringStatusList.Position position = BitstringStatusList.position(d.id);
        OpenBadgeCredential.Issue issue = new OpenBadgeCredential.Issue(credentialUrl(d.code), issuer.did(),
                issuer.name(), d.issuedAt, statusListUrl(position.list()), position.index(),
                d.credentialSalt != null ? d.credentialSalt : d.pdfSha256.substring(0, 16));
        try {
            JsonNode content = json.readTree(d.snapshot).get("content");
            return switch (d.kind) {
                case PARCHEMIN -> OpenBadgeCredential.parchemin(json.treeToValue(content, ParcheminData.class), issue);
                case LIVRET -> OpenBadgeCredential.livret(json.treeToValue(content, LivretData.class), issue);
                case CCP -> OpenBadgeCredential.ccp(json.treeToValue(content, CcpCredentialData.class), issue);
                case PV -> throw new IllegalStateException("Un PV n'a pas de justificatif numérique : " + d.code);
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Données du document illisibles : " + d.code, e);
        }
    }

    private String statusListUrl(long list) {
        return issuer.baseUrl() + "/api/credentials/status/" + list;
    }
}
