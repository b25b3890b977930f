package fr.titrepro.document.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import fr.titrepro.candidate.Candidate;
import fr.titrepro.document.DocumentService;
import fr.titrepro.document.IssuedDocuments;
import fr.titrepro.document.IssuedDocument;
import fr.titrepro.security.Roles;
import fr.titrepro.support.DocumentFixtures;
import fr.titrepro.support.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The credential twin through the real endpoints (issue 16): what a relying party fetches, what the candidate
 * downloads, what the verification page concludes, and what an implementation we did not write (jose, on Node)
 * concludes, for a valid, a revoked, a superseded and a tampered credential.
 */
@QuarkusTest
class CredentialResourceTest {

    @Inject
    DocumentFixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    IssuedDocuments issued;

    @Inject
    IssuerKeys keys;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aParcheminsCredentialSaysWhatItsPdfSays() throws Exception {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument parchemin = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        String jwt = credential(parchemin.code);
        JWSObject jws = JWSObject.parse(jwt);
        assertThat(jws.getHeader().getType().getType()).isEqualTo("vc+jwt");
        assertThat(jws.getHeader().getKeyID()).isEqualTo(keys.current().getKeyID()).startsWith("did:web:");
        JsonNode vc = json.readTree(jws.getPayload().toString());
        assertThat(vc.at("/type/1").asText()).isEqualTo("OpenBadgeCredential");
        assertThat(vc.at("/@context/0").asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(vc.at("/credentialStatus/type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(vc.at("/credentialStatus/statusListIndex").asText())
                .isEqualTo(Long.toString(BitstringStatusList.position(parchemin.id).index()));

        String text = PdfText.text(issued.pdf(parchemin)).replaceAll("\\s+", " ");
        JsonNode achievement = vc.at("/credentialSubject/achievement");
        assertThat(text).contains(achievement.at("/humanCode").asText(), "Technicien réseaux IP",
                vc.at("/credentialSubject/identifier/0/identityHash").asText());
        for (JsonNode alignment : achievement.at("/alignment")) {
            if (List.of("RNCP", "CNCP/CEC").contains(alignment.at("/targetFramework").asText())) {
                assertThat(text).contains(alignment.at("/targetName").asText());
            }
        }
        JsonNode birth = vc.at("/credentialSubject/identifier/1");
        assertThat(birth.at("/hashed").asBoolean()).isTrue();
        assertThat(birth.at("/identityHash").asText())
                .isEqualTo(OpenBadgeCredential.hash(c.identity.birthDate + birth.at("/salt").asText()));
        assertThat(jwt).doesNotContain(c.identity.birthDate.toString());
    }

    @Test
    void revocationAndSupersessionReachTheStatusListAndTheVerificationPage() throws Exception {
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument first = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        String firstJwt = credential(first.code);
        verdict(firstJwt, "Justificatif valide.");
        IssuedDocument second = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 13), "Lyon");
        verdict(firstJwt, "Justificatif remplacé.");
        assertThat(bit(statusListOf(firstJwt), first.id)).isTrue();
        String secondJwt = credential(second.code);
        assertThat(bit(statusListOf(secondJwt), second.id)).isFalse();
        issued.revoke(second.code, "Erreur matérielle");
        verdict(secondJwt, "Justificatif révoqué.");
        assertThat(bit(statusListOf(secondJwt), second.id)).isTrue();
        verdict(tampered(secondJwt), "Justificatif falsifié ou illisible.");
        given().contentType(ContentType.URLENC).formParam("credential", "").post("/verify/credential")
                .then().statusCode(200).body(containsString("Collez le justificatif"));
        // the same checks for the file, uploaded instead of pasted
        given().multiPart("credentialFile", "parchemin.credential.json", secondJwt.getBytes(), "application/json")
                .post("/verify/credential").then().statusCode(200).body(containsString("Justificatif révoqué."));
        given().multiPart("credentialFile", "autre.json", tampered(firstJwt).getBytes(), "application/json")
                .post("/verify/credential").then().statusCode(200).body(containsString("Justificatif falsifié ou illisible."));
        given().multiPart("credentialFile", "vide.json", new byte[0], "application/json")
                .post("/verify/credential").then().statusCode(200).body(containsString("Choisissez le fichier"));
        given().get("/api/credentials/ABCD-EFGH-JKMN").then().statusCode(404);
    }

    /** The DID document keeps every key: a credential signed before a rotation still verifies after it. */
    @Test
    void aCredentialSignedBeforeAKeyRotationStillVerifies() {
        IssuedDocument d = fixtures.issueTriParchemin(fixtures.newCandidate(null).id, LocalDate.of(2026, 3, 12),
                "Lyon");
        String before = credential(d.code);
        String rotated = keys.rotate().getKeyID();
        given().get("/.well-known/did.json").then().statusCode(200)
                .body("verificationMethod.id", org.hamcrest.Matchers.hasItems(rotated,
                        jwsKid(before)))
                .body("verificationMethod[0].publicKeyJwk.d", org.hamcrest.Matchers.nullValue());
        verdict(before, "Justificatif valide.");
        assertThat(jwsKid(credential(d.code))).isEqualTo(rotated);
    }

    @Test
    @TestSecurity(user = "candidat", roles = Roles.CANDIDATE)
    void theCandidateDownloadsTheJsonFileAndItsQrCode() {
        IssuedDocument parchemin = fixtures.lucasWithParchemin();
        String file = given().get("/api/me/documents/" + parchemin.id + "/credential").then().statusCode(200)
                .header("Content-Disposition", containsString(".credential.json"))
                .body("type", equalTo("EnvelopedVerifiableCredential"))
                .extract().asString();
        verdict(file, "Justificatif valide.");
        given().get("/me/documents/" + parchemin.id + "/credential/qr").then().statusCode(200)
                .contentType("image/svg+xml").body(containsString("<svg"));
        given().accept("text/html").get("/me/documents").then().statusCode(200)
                .body(containsString("/me/documents/" + parchemin.id + "/credential"));
    }

    /** jose (npm), not our code, checks the signature against did.json and decodes the status list's bit. */
    @Test
    void anImplementationWeDidNotWriteAgrees() throws Exception {
        assumeTrue(NodeJose.available(), "node/npm absents : vérification indépendante (jose) non exécutée");
        Candidate c = fixtures.newCandidate(null);
        IssuedDocument valid = fixtures.issueTriParchemin(c.id, LocalDate.of(2026, 3, 12), "Lyon");
        Candidate partial = fixtures.newCandidate(null);
        fixtures.hold(partial.id, "TP-00496", "05", 1, LocalDate.of(2026, 3, 12), "Lyon");
        IssuedDocument revoked = fixtures.issueTriLivret(partial.id, LocalDate.of(2026, 3, 12), "Lyon");
        String validJwt = credential(valid.code);
        String revokedJwt = credential(revoked.code);
        issued.revoke(revoked.code, "Fraude");
        String did = given().get("/.well-known/did.json").then().statusCode(200).extract().asString();

        JsonNode ok = NodeJose.verify(validJwt, did, statusListOf(validJwt));
        assertThat(ok.at("/signature").asText()).isEqualTo("valid");
        assertThat(ok.at("/statusList").asText()).isEqualTo("valid");
        assertThat(ok.at("/revoked").asBoolean()).isFalse();
        assertThat(ok.at("/type/1").asText()).isEqualTo("OpenBadgeCredential");

        JsonNode gone = NodeJose.verify(revokedJwt, did, statusListOf(revokedJwt));
        assertThat(gone.at("/signature").asText()).isEqualTo("valid");
        assertThat(gone.at("/revoked").asBoolean()).isTrue();

        JsonNode forged = NodeJose.verify(tampered(validJwt), did, statusListOf(validJwt));
        assertThat(forged.at("/signature").asText()).isEqualTo("invalid");
    }

    private String credential(String code) {
        return given().get("/api/credentials/" + code).then().statusCode(200)
                .contentType("application/vc+jwt").extract().asString();
    }

    private void verdict(String pasted, String expected) {
        given().contentType(ContentType.URLENC).formParam("credential", pasted).post("/verify/credential")
                .then().statusCode(200).body(containsString(expected));
    }

    private String statusListOf(String jwt) throws Exception {
        String url = String.valueOf(((Map<?, ?>) JWSObject.parse(jwt).getPayload().toJSONObject()
                .get("credentialStatus")).get("statusListCredential"));
        return given().get(url.substring(url.indexOf("/api/"))).then().statusCode(200).extract().asString();
    }

    private boolean bit(String statusListJwt, long documentId) throws Exception {
        JsonNode list = json.readTree(JWSObject.parse(statusListJwt).getPayload().toString());
        return BitstringStatusList.isSet(list.at("/credentialSubject/encodedList").asText(),
                BitstringStatusList.position(documentId).index());
    }

    private static String jwsKid(String jwt) {
        try {
            return JWSObject.parse(jwt).getHeader().getKeyID();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same JWT with the holder's name changed in the payload (signature untouched). */
    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String changed = payload.replaceFirst("\"identityHash\":\"[^\"]*\"", "\"identityHash\":\"Jean DUPONT\"");
        assertThat(changed).isNotEqualTo(payload);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
